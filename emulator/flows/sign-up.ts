/**
 * The sign-up state machine behind /v1/client/sign_ups: email address + password (+ names), then
 * email-code verification (prepare_verification / attempt_verification). The emulator sends no
 * email, so, as in Clerk's test mode, only `+clerk_test` addresses verify, with code 424242.
 * Once nothing is missing or unverified, the user and a session are created.
 */
import type { EmulatorContext } from '../context.ts';
import { clerkErrors, formError } from '../http/respond.ts';
import type { ClientRecord } from '../state/clients.ts';
import { MINUTE } from '../state/expiring-map.ts';
import type { SignUpRecord } from '../state/sign-ups.ts';
import { isTestEmail, startSession, TEST_CODE } from './sign-in.ts';

export type SignUpOutcome = { signUp: SignUpRecord } | { error: Response };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const MIN_PASSWORD = 8;
const MAX_PASSWORD = 72;

/** Fields a sign-up still needs (the emulator's instance requires email address and password). */
export function missingFields(signUp: SignUpRecord): string[] {
  return [...(signUp.emailAddress ? [] : ['email_address']), ...(signUp.password ? [] : ['password'])];
}

export function unverifiedFields(signUp: SignUpRecord): string[] {
  return signUp.emailAddress && signUp.emailVerification?.status !== 'verified' ? ['email_address'] : [];
}

/** Applies create/update params; the error names the first bad parameter. */
function applyParams(ctx: EmulatorContext, signUp: SignUpRecord, params: Record<string, string>): Response | null {
  if (params.email_address !== undefined) {
    const email = params.email_address.trim().toLowerCase();
    if (!EMAIL.test(email))
      return formError('form_param_format_invalid', 'email_address', 'email_address must be a valid email address.');
    if (ctx.state.users.findByEmail(email)) {
      return formError('form_identifier_exists', 'email_address', 'That email address is taken. Please try another.');
    }
    if (email !== signUp.emailAddress) signUp.emailVerification = null;
    signUp.emailAddress = email;
  }
  if (params.password !== undefined) {
    if (params.password.length < MIN_PASSWORD) {
      return formError(
        'form_password_length_too_short',
        'password',
        `Passwords must be ${MIN_PASSWORD} characters or more.`,
      );
    }
    if (params.password.length > MAX_PASSWORD) {
      return formError(
        'form_password_length_too_long',
        'password',
        `Passwords must be ${MAX_PASSWORD} characters or fewer.`,
      );
    }
    signUp.password = params.password;
  }
  if (params.first_name !== undefined) signUp.firstName = params.first_name || null;
  if (params.last_name !== undefined) signUp.lastName = params.last_name || null;
  if (params.unsafe_metadata) {
    try {
      signUp.unsafeMetadata = JSON.parse(params.unsafe_metadata) as Record<string, unknown>;
    } catch {
      return formError('form_param_format_invalid', 'unsafe_metadata', 'unsafe_metadata must be a JSON object.');
    }
  }
  return null;
}

export function createSignUp(
  ctx: EmulatorContext,
  client: ClientRecord,
  params: Record<string, string>,
): SignUpOutcome {
  const signUp = ctx.state.signUps.create(client.id);
  const error = applyParams(ctx, signUp, params);
  if (error) return { error };
  client.signUpId = signUp.id;
  ctx.state.clients.touch(client);
  return { signUp };
}

export function updateSignUp(
  ctx: EmulatorContext,
  client: ClientRecord,
  signUp: SignUpRecord,
  params: Record<string, string>,
): SignUpOutcome {
  if (signUp.status !== 'missing_requirements') return { error: alreadyDone(signUp) };
  const error = applyParams(ctx, signUp, params);
  return error ? { error } : maybeComplete(ctx, client, signUp);
}

export function prepareVerification(
  ctx: EmulatorContext,
  signUp: SignUpRecord,
  params: Record<string, string>,
): SignUpOutcome {
  if (signUp.status !== 'missing_requirements') return { error: alreadyDone(signUp) };
  if (params.strategy !== 'email_code')
    return { error: formError('form_param_value_invalid', 'strategy', 'strategy must be email_code.') };
  if (!signUp.emailAddress) return { error: formError('form_param_missing', 'email_address', 'Enter email address.') };
  signUp.emailVerification = {
    strategy: 'email_code',
    status: 'unverified',
    attempts: 0,
    expireAt: ctx.now() + 10 * MINUTE,
  };
  return { signUp };
}

export function attemptVerification(
  ctx: EmulatorContext,
  client: ClientRecord,
  signUp: SignUpRecord,
  params: Record<string, string>,
): SignUpOutcome {
  if (signUp.status !== 'missing_requirements') return { error: alreadyDone(signUp) };
  const verification = signUp.emailVerification;
  if (params.strategy !== 'email_code' || verification?.strategy !== 'email_code') {
    return {
      error: clerkErrors(400, {
        code: 'verification_not_sent',
        message: 'You need to send a verification code before attempting to verify.',
      }),
    };
  }
  if (!params.code) return { error: formError('form_param_missing', 'code', 'Enter code.') };
  verification.attempts += 1;
  if (!isTestEmail(signUp.emailAddress) || params.code !== TEST_CODE) {
    verification.status = 'failed';
    return { error: formError('form_code_incorrect', 'code', 'Incorrect code') };
  }
  verification.status = 'verified';
  return maybeComplete(ctx, client, signUp);
}

/** Creates the user and session once nothing is missing or unverified. */
function maybeComplete(ctx: EmulatorContext, client: ClientRecord, signUp: SignUpRecord): SignUpOutcome {
  ctx.state.clients.touch(client);
  if (missingFields(signUp).length > 0 || unverifiedFields(signUp).length > 0) return { signUp };
  const user = ctx.state.users.create({
    emailAddress: signUp.emailAddress ?? undefined,
    password: signUp.password ?? undefined,
    firstName: signUp.firstName ?? undefined,
    lastName: signUp.lastName ?? undefined,
  });
  if (Object.keys(signUp.unsafeMetadata).length > 0)
    ctx.state.users.update(user, { unsafeMetadata: signUp.unsafeMetadata });
  signUp.password = null;
  signUp.status = 'complete';
  signUp.createdUserId = user.id;
  signUp.createdSessionId = startSession(ctx, client, user.id, 'email_code');
  ctx.state.users.recordSignIn(user);
  client.signUpId = null;
  return { signUp };
}

function alreadyDone(signUp: SignUpRecord): Response {
  return clerkErrors(400, { code: 'sign_up_status_invalid', message: `This sign-up is ${signUp.status}.` });
}
