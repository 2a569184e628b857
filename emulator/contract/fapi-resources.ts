/**
 * FAPI resources and envelopes: Client.Session, Client.SignIn, Client.SignUp, Client.Client and
 * the `{ response, client }` wrappers (Client.ClientWrapped*, Client.TouchWrappedSession,
 * Client.DeleteSession). Client.Client is `nullable` in the spec, so every wrapper allows
 * `client: null` (GET answers carry null; mutations carry the updated client).
 */
import { z } from 'zod';

import {
  bool,
  int,
  ms,
  otpVerification,
  passwordVerification,
  str,
  ticketVerification,
  token,
  metadata,
} from './common.ts';
import { fapiUser, publicUserData } from './user.ts';

export const sessionStatus = z.enum(['active', 'revoked', 'ended', 'expired', 'removed', 'abandoned', 'pending']);

/** Client.Session (Client.SessionBase + the session's user). */
export const fapiSession = z.object({
  id: str,
  object: z.literal('session'),
  status: sessionStatus,
  expire_at: ms,
  abandon_at: ms,
  last_active_at: ms,
  last_active_token: token.nullable().optional(),
  actor: metadata.nullable().optional(),
  tasks: z
    .array(z.object({ key: str }))
    .nullable()
    .optional(),
  last_active_organization_id: str.nullable(),
  user: fapiUser.optional(),
  public_user_data: publicUserData.nullable(),
  factor_verification_age: z.array(int),
  created_at: ms,
  updated_at: ms,
});

const signInStrategies = z.enum([
  'ticket',
  'password',
  'email_code',
  'email_link',
  'phone_code',
  'totp',
  'backup_code',
  'saml',
  'enterprise_sso',
  'reset_password_email_code',
  'reset_password_phone_code',
  'passkey',
  'trusted_device',
  'google_one_tap',
  'web3_metamask_signature',
  'web3_base_signature',
  'web3_coinbase_wallet_signature',
  'web3_okx_wallet_signature',
  'web3_solana_signature',
  'oauth_apple',
  'oauth_google',
  'oauth_facebook',
  'oauth_hubspot',
  'oauth_github',
  'oauth_mock',
  'oauth_custom_mock',
  'oauth_token_mock',
]);

/** Stubs.SignInFactor. */
const signInFactor = z.object({
  strategy: signInStrategies,
  safe_identifier: str.optional(),
  email_address_id: str.optional(),
  phone_number_id: str.optional(),
  primary: bool.nullable().optional(),
  default: bool.optional(),
});

const firstFactorVerification = z.discriminatedUnion('strategy', [
  passwordVerification,
  otpVerification,
  ticketVerification,
]);

/** Client.SignIn. */
export const fapiSignIn = z.object({
  object: z.literal('sign_in_attempt'),
  id: str,
  status: z.enum([
    'abandoned',
    'needs_identifier',
    'needs_first_factor',
    'needs_second_factor',
    'needs_client_trust',
    'needs_new_password',
    'needs_protect_check',
    'complete',
  ]),
  supported_identifiers: z.array(z.enum(['email_address', 'phone_number', 'username', 'web3_wallet', 'passkey'])),
  supported_first_factors: z.array(signInFactor).nullable(),
  supported_second_factors: z.array(signInFactor).nullable(),
  first_factor_verification: firstFactorVerification.nullable(),
  second_factor_verification: z.discriminatedUnion('strategy', [otpVerification, ticketVerification]).nullable(),
  identifier: str.nullable(),
  user_data: z
    .object({ first_name: str.nullable(), last_name: str.nullable(), image_url: str.optional(), has_image: bool })
    .nullable(),
  created_session_id: str.nullable(),
  abandon_at: ms,
  client_trust_state: z.enum(['pending', 'new', 'known']).nullable().optional(),
});

/**
 * A sign-up verification: the verification stub plus Stubs.SignUpVerification.AdditionalFields.
 * `objects` are the stubs' optional `object` values for that field (Client.SignUp.Verifications).
 * The spec's stubs all require a strategy, but they cannot describe a verification nobody has
 * prepared yet: a null strategy is accepted only with `next_action: "needs_prepare"`.
 */
const signUpVerification = (...objects: [string, ...string[]]) =>
  z
    .object({
      object: z.enum(objects).optional(),
      status: z.enum(['unverified', 'verified', 'failed', 'expired', 'transferable']),
      strategy: str.nullable(),
      attempts: int.nullable().optional(),
      expire_at: ms.nullable().optional(),
      next_action: z.enum(['needs_prepare', 'needs_attempt', '']),
      supported_strategies: z.array(str),
    })
    .refine((v) => v.strategy !== null || v.next_action === 'needs_prepare', {
      message: 'strategy may be null only before the verification is prepared (next_action "needs_prepare")',
      path: ['strategy'],
    });

/** Client.SignUp. */
export const fapiSignUp = z.object({
  object: z.literal('sign_up_attempt'),
  id: str,
  status: z.enum(['abandoned', 'missing_requirements', 'complete']),
  required_fields: z.array(str),
  optional_fields: z.array(str),
  missing_fields: z.array(str),
  unverified_fields: z.array(str),
  verifications: z.object({
    // OTP, Link, Ticket, FromOauth or SAML stub.
    email_address: signUpVerification(
      'verification_otp',
      'verification_email_link',
      'verification_ticket',
      'verification_from_oauth',
      'verification_saml',
    ).nullable(),
    phone_number: signUpVerification('verification_otp').nullable(),
    web3_wallet: signUpVerification('verification_web3').nullable(),
    external_account: z.object({ status: str, strategy: str }).nullable(),
  }),
  username: str.nullable(),
  email_address: str.nullable(),
  phone_number: str.nullable(),
  web3_wallet: str.nullable(),
  password_enabled: bool,
  first_name: str.nullable(),
  last_name: str.nullable(),
  unsafe_metadata: metadata.optional(),
  public_metadata: metadata.optional(),
  custom_action: bool,
  external_id: str.nullable(),
  created_session_id: str.nullable(),
  created_user_id: str.nullable(),
  abandon_at: ms,
  legal_accepted_at: ms.nullable(),
});

/** Client.Client. */
export const fapiClient = z.object({
  object: z.literal('client'),
  id: str,
  sessions: z.array(fapiSession),
  sign_in: fapiSignIn.nullable(),
  sign_up: fapiSignUp.nullable(),
  last_active_session_id: str.nullable(),
  last_authentication_strategy: str.nullable(),
  cookie_expires_at: ms.nullable(),
  captcha_bypass: bool,
  created_at: ms,
  updated_at: ms,
});

/** `{ response, client }`: clerk-js replaces its client with `client` whenever it is present. */
export const wrapped = <T extends z.ZodType>(response: T) => z.object({ response, client: fapiClient.nullable() });

/** POST /v1/dev_browser: no schema in the spec; clerk-js reads only `id`. */
export const devBrowser = z.object({ object: z.literal('dev_browser'), id: str });

/** BAPI GET /v1/clients/handshake_payload (the spec leaves it empty): what @clerk/backend reads. */
export const handshakePayload = z.object({ directives: z.array(str) });
