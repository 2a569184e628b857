/** User JSON (Client.User in the FAPI spec, User in BAPI): one shape serves both APIs. */
import type { EmailAddressRecord, PhoneNumberRecord, UserRecord } from '../state/users.ts';

/**
 * Identifiers made by the emulator (seeded or created through BAPI) are verified by the instance,
 * as Clerk marks them: `admin`. An OTP verification would need a real `expire_at` (FAPI's spec).
 */
const ADMIN_VERIFIED = {
  object: 'verification_admin',
  status: 'verified',
  strategy: 'admin',
  attempts: null,
  expire_at: null,
};

export function emailAddressJson(email: EmailAddressRecord): Record<string, unknown> {
  return {
    id: email.id,
    object: 'email_address',
    email_address: email.emailAddress,
    reserved: false,
    verification: ADMIN_VERIFIED,
    linked_to: [],
    matches_sso_connection: false,
    created_at: email.createdAt,
    updated_at: email.createdAt,
  };
}

export function primaryPhone(user: UserRecord): string | null {
  return user.phoneNumbers.find((p) => p.id === user.primaryPhoneNumberId)?.phoneNumber ?? null;
}

export function phoneNumberJson(phone: PhoneNumberRecord): Record<string, unknown> {
  return {
    id: phone.id,
    object: 'phone_number',
    phone_number: phone.phoneNumber,
    reserved_for_second_factor: false,
    default_second_factor: false,
    reserved: false,
    verification: ADMIN_VERIFIED,
    linked_to: [],
    backup_codes: null,
    created_at: phone.createdAt,
    updated_at: phone.createdAt,
  };
}

export function primaryEmail(user: UserRecord): string | null {
  return user.emailAddresses.find((e) => e.id === user.primaryEmailAddressId)?.emailAddress ?? null;
}

export function userJson(user: UserRecord): Record<string, unknown> {
  return {
    id: user.id,
    object: 'user',
    username: user.username,
    first_name: user.firstName,
    last_name: user.lastName,
    // Empty on purpose: the UI then shows initials instead of fetching an avatar from Clerk's CDN (offline).
    image_url: '',
    profile_image_url: '',
    has_image: false,
    primary_email_address_id: user.primaryEmailAddressId,
    primary_phone_number_id: user.primaryPhoneNumberId,
    primary_web3_wallet_id: null,
    password_enabled: user.passwordHash !== null,
    two_factor_enabled: false,
    totp_enabled: false,
    backup_code_enabled: false,
    email_addresses: user.emailAddresses.map(emailAddressJson),
    phone_numbers: user.phoneNumbers.map(phoneNumberJson),
    web3_wallets: [],
    passkeys: [],
    external_accounts: [],
    saml_accounts: [],
    enterprise_accounts: [],
    organization_memberships: [],
    password_last_updated_at: null,
    public_metadata: user.publicMetadata,
    private_metadata: user.privateMetadata,
    unsafe_metadata: user.unsafeMetadata,
    external_id: user.externalId,
    last_sign_in_at: user.lastSignInAt,
    banned: false,
    locked: false,
    lockout_expires_in_seconds: null,
    verification_attempts_remaining: null,
    created_at: user.createdAt,
    updated_at: user.updatedAt,
    delete_self_enabled: true,
    create_organization_enabled: false,
    // Absent rather than null: FAPI's Client.User types it as a non-null integer when present.
    last_active_at: user.lastActiveAt,
    mfa_enabled_at: null,
    mfa_disabled_at: null,
    legal_accepted_at: null,
  };
}

export function publicUserDataJson(user: UserRecord): Record<string, unknown> {
  return {
    first_name: user.firstName,
    last_name: user.lastName,
    image_url: '',
    has_image: false,
    identifier: primaryEmail(user) ?? primaryPhone(user) ?? user.username ?? '',
    user_id: user.id,
    username: user.username,
  };
}
