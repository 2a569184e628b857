/**
 * User, EmailAddress, PhoneNumber and public user data: Client.User (FAPI) and User (BAPI).
 * The two specs differ in small ways that matter: FAPI's OTP verification needs an integer
 * `expire_at`, BAPI's allows null; FAPI's `create_organizations_limit` is a non-null integer when
 * present, BAPI's may be null. Both require `enterprise_accounts`; only BAPI types it (an array of
 * EnterpriseAccount), Client.User lists it under `required` without a property, so the same array is used.
 */
import { z } from 'zod';

import {
  adminVerification,
  bool,
  identificationLink,
  int,
  metadata,
  ms,
  otpStrategies,
  otpVerification,
  str,
  ticketVerification,
} from './common.ts';

/** BAPI verification_otp: like FAPI's, but `attempts` and `expire_at` are required and nullable. */
const bapiOtpVerification = z.object({
  object: z.literal('verification_otp').optional(),
  status: z.enum(['unverified', 'verified', 'failed', 'expired']),
  strategy: otpStrategies,
  attempts: int.nullable(),
  expire_at: ms.nullable(),
});
const bapiAdminVerification = adminVerification.extend({
  status: z.literal('verified'),
  attempts: int.nullable(),
  expire_at: ms.nullable(),
});

const fapiIdentVerification = z.discriminatedUnion('strategy', [
  otpVerification,
  adminVerification,
  ticketVerification,
]);
const bapiIdentVerification = z.discriminatedUnion('strategy', [
  bapiOtpVerification,
  bapiAdminVerification,
  ticketVerification,
]);

const emailAddressFields = {
  object: z.literal('email_address'),
  email_address: str,
  reserved: bool,
  linked_to: z.array(identificationLink),
  matches_sso_connection: bool.optional(),
  created_at: ms,
  updated_at: ms,
};
export const fapiEmailAddress = z.object({
  id: str,
  ...emailAddressFields,
  verification: fapiIdentVerification.nullable(),
});
export const bapiEmailAddress = z.object({
  id: str.optional(),
  ...emailAddressFields,
  verification: bapiIdentVerification.nullable(),
});

const phoneNumberFields = {
  object: z.literal('phone_number'),
  phone_number: str,
  reserved_for_second_factor: bool.optional(),
  default_second_factor: bool.optional(),
  reserved: bool,
  linked_to: z.array(identificationLink),
  backup_codes: z.array(str).nullable().optional(),
  created_at: ms,
  updated_at: ms,
};
export const fapiPhoneNumber = z.object({
  id: str,
  ...phoneNumberFields,
  verification: fapiIdentVerification.nullable(),
});
export const bapiPhoneNumber = z.object({
  id: str.optional(),
  ...phoneNumberFields,
  verification: bapiIdentVerification.nullable(),
});

const userFields = {
  id: str,
  object: z.literal('user'),
  username: str.nullable(),
  first_name: str.nullable(),
  last_name: str.nullable(),
  image_url: str.optional(),
  profile_image_url: str.optional(),
  has_image: bool,
  primary_email_address_id: str.nullable(),
  primary_phone_number_id: str.nullable(),
  primary_web3_wallet_id: str.nullable(),
  password_enabled: bool,
  two_factor_enabled: bool,
  totp_enabled: bool,
  backup_code_enabled: bool,
  web3_wallets: z.array(z.unknown()),
  passkeys: z.array(z.unknown()),
  external_accounts: z.array(z.unknown()),
  saml_accounts: z.array(z.unknown()),
  enterprise_accounts: z.array(z.unknown()),
  organization_memberships: z.array(z.unknown()).optional(),
  password_last_updated_at: ms.nullable().optional(),
  public_metadata: metadata,
  unsafe_metadata: metadata.optional(),
  external_id: str.nullable(),
  last_sign_in_at: ms.nullable(),
  banned: bool,
  locked: bool,
  deprovisioned: bool.optional(),
  lockout_expires_in_seconds: int.nullable(),
  verification_attempts_remaining: int.nullable(),
  created_at: ms,
  updated_at: ms,
  delete_self_enabled: bool,
  create_organization_enabled: bool,
  last_active_at: ms.nullable(),
  mfa_enabled_at: ms.nullable(),
  mfa_disabled_at: ms.nullable(),
  legal_accepted_at: ms.nullable(),
};

/** Client.User (FAPI). */
export const fapiUser = z.object({
  ...userFields,
  email_addresses: z.array(fapiEmailAddress),
  phone_numbers: z.array(fapiPhoneNumber),
  private_metadata: metadata.optional(),
  create_organizations_limit: int.optional(),
});

/** User (BAPI). */
export const bapiUser = z.object({
  ...userFields,
  email_addresses: z.array(bapiEmailAddress),
  phone_numbers: z.array(bapiPhoneNumber),
  private_metadata: metadata.nullable().optional(),
  create_organizations_limit: int.nullable().optional(),
  locale: str.nullable().optional(),
  bypass_client_trust: bool.optional(),
});

/** Client.PublicUserData (sessions' `public_user_data`). */
export const publicUserData = z.object({
  first_name: str.nullable(),
  last_name: str.nullable(),
  image_url: str.nullable().optional(),
  has_image: bool,
  identifier: str,
  profile_image_url: str.nullable().optional(),
  user_id: str.nullable().optional(),
  username: str.nullable().optional(),
  banned: bool.optional(),
  deprovisioned: bool.optional(),
});
