// user.* payloads: the User object as Clerk's webhook spec defines it (clerk/openapi-specs webhooks, User).
import { z } from 'zod';
import { syntheticEmail, syntheticId } from './synthetic.ts';

const nullableString = z.string().nullable();
const emailAddressSchema = z.object({
  id: z.string().startsWith('idn_'),
  object: z.literal('email_address'),
  email_address: z.string().email(),
  verification: z.object({ status: z.string(), strategy: z.string() }).nullable(),
  linked_to: z.array(z.unknown()),
});

/** The fields the spec marks required, with their types. */
export const userSchema = z.object({
  id: z.string().startsWith('user_'),
  object: z.literal('user'),
  username: nullableString,
  first_name: nullableString,
  last_name: nullableString,
  has_image: z.boolean(),
  primary_email_address_id: nullableString,
  primary_phone_number_id: nullableString,
  primary_web3_wallet_id: nullableString,
  password_enabled: z.boolean(),
  two_factor_enabled: z.boolean(),
  totp_enabled: z.boolean(),
  backup_code_enabled: z.boolean(),
  email_addresses: z.array(emailAddressSchema),
  phone_numbers: z.array(z.unknown()),
  web3_wallets: z.array(z.unknown()),
  passkeys: z.array(z.unknown()),
  external_accounts: z.array(z.unknown()),
  saml_accounts: z.array(z.unknown()),
  enterprise_accounts: z.array(z.unknown()),
  public_metadata: z.record(z.string(), z.unknown()),
  external_id: nullableString,
  last_sign_in_at: z.number().nullable(),
  banned: z.boolean(),
  locked: z.boolean(),
  lockout_expires_in_seconds: z.number().nullable(),
  verification_attempts_remaining: z.number().nullable(),
  created_at: z.number(),
  updated_at: z.number(),
  delete_self_enabled: z.boolean(),
  create_organization_enabled: z.boolean(),
  last_active_at: z.number().nullable(),
  mfa_enabled_at: z.number().nullable(),
  mfa_disabled_at: z.number().nullable(),
  legal_accepted_at: z.number().nullable(),
});

export type WebhookUser = z.infer<typeof userSchema>;

/** A synthetic user: ids and address say "clerk-go-live", the address uses the reserved example.com. */
export function syntheticUser(seed: string, now: Date = new Date()): WebhookUser {
  const at = now.getTime();
  const emailId = syntheticId('idn', seed);
  return {
    id: syntheticId('user', seed),
    object: 'user',
    username: null,
    first_name: 'Go-Live',
    last_name: 'Synthetic',
    has_image: false,
    primary_email_address_id: emailId,
    primary_phone_number_id: null,
    primary_web3_wallet_id: null,
    password_enabled: true,
    two_factor_enabled: false,
    totp_enabled: false,
    backup_code_enabled: false,
    email_addresses: [
      {
        id: emailId,
        object: 'email_address',
        email_address: syntheticEmail(seed),
        verification: { status: 'verified', strategy: 'email_code' },
        linked_to: [],
      },
    ],
    phone_numbers: [],
    web3_wallets: [],
    passkeys: [],
    external_accounts: [],
    saml_accounts: [],
    enterprise_accounts: [],
    public_metadata: {},
    external_id: null,
    last_sign_in_at: null,
    banned: false,
    locked: false,
    lockout_expires_in_seconds: null,
    verification_attempts_remaining: null,
    created_at: at,
    updated_at: at,
    delete_self_enabled: true,
    create_organization_enabled: true,
    last_active_at: null,
    mfa_enabled_at: null,
    mfa_disabled_at: null,
    legal_accepted_at: null,
  };
}
