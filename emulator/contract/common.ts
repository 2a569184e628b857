/**
 * Building blocks shared by the FAPI and BAPI contracts, written from Clerk's OpenAPI specs
 * (clerk/openapi-specs fapi/2025-11-10.yml, bapi/2025-11-10.yml). Fields the spec lists under
 * `required` are required here; `nullable` in the spec is `.nullable()` here and nowhere else.
 * Unknown keys are allowed (Clerk adds fields faster than the spec), wrong types and nulls are not.
 */
import { z } from 'zod';

/** Unix timestamps in milliseconds (`integer`, `format: int64`). */
export const ms = z.number().int().nonnegative();
export const int = z.number().int();
export const str = z.string();
export const bool = z.boolean();
export const metadata = z.record(z.string(), z.unknown());

/** ClerkError / ClerkErrors: every 4xx and 5xx JSON body on both APIs. */
export const clerkError = z.object({
  message: str,
  long_message: str,
  code: str,
  meta: metadata.optional(),
});

export const clerkErrors = z.object({
  errors: z.array(clerkError).min(1),
  meta: metadata.optional(),
  clerk_trace_id: str.optional(),
});

/** Token: `{ object: "token", jwt }` (FAPI `/tokens` answers it unwrapped; the spec lists only `jwt` there). */
export const token = z.object({
  object: z.literal('token'),
  jwt: str.regex(/^[\w-]+\.[\w-]+\.[\w-]+$/, 'a compact JWS'),
});

/** JWKS with RSA public keys (the emulator signs RS256). */
export const rsaPublicKey = z.object({
  kid: str,
  alg: str,
  use: str,
  kty: z.literal('RSA'),
  n: str,
  e: str,
});
export const jwks = z.object({ keys: z.array(rsaPublicKey) });

/** Stubs.Identification.Link / IdentificationLink. */
export const identificationLink = z.object({ type: str, id: str });

/** Verification objects (Stubs.Verification.* in FAPI, verification_* in BAPI). */
const verificationBase = { attempts: int.nullable().optional(), expire_at: ms.nullable().optional() };
export const passwordVerification = z.object({
  object: z.literal('verification_password').optional(),
  status: z.enum(['unverified', 'verified']),
  strategy: z.literal('password'),
  ...verificationBase,
});
export const otpStrategies = z.enum([
  'phone_code',
  'email_code',
  'reset_password_email_code',
  'reset_password_phone_code',
]);
/** FAPI's OTP stub requires `expire_at` as an integer; BAPI's allows null (see user.ts). */
export const otpVerification = z.object({
  object: z.literal('verification_otp').optional(),
  status: z.enum(['unverified', 'verified', 'failed', 'expired']),
  strategy: otpStrategies,
  attempts: int.nullable().optional(),
  expire_at: ms,
});
export const ticketVerification = z.object({
  object: z.literal('verification_ticket').optional(),
  status: z.enum(['unverified', 'verified', 'expired']),
  strategy: z.literal('ticket'),
  ...verificationBase,
});
export const adminVerification = z.object({
  object: z.literal('verification_admin').optional(),
  status: z.enum(['verified', 'unverified', 'failed', 'expired']),
  strategy: z.literal('admin'),
  ...verificationBase,
});
