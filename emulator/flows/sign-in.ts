/**
 * The sign-in state machine behind /v1/client/sign_ins: identifier + password, email code and
 * phone code (Clerk's test mode: `+clerk_test` addresses and +1 XXX 555-01XX numbers accept 424242;
 * nothing is ever sent) and `ticket` (BAPI sign-in tokens, used by @clerk/testing's
 * `clerk.signIn({ emailAddress })`).
 */
import type { EmulatorContext } from '../context.ts';
import { clerkErrors, formError } from '../http/respond.ts';
import { activeSessions } from '../shapes/resources.ts';
import type { ClientRecord } from '../state/clients.ts';
import { MINUTE } from '../state/expiring-map.ts';
import type { SignInRecord } from '../state/sign-ins.ts';
import type { UserRecord } from '../state/users.ts';
import { primaryEmail, primaryPhone } from '../shapes/user.ts';

export type Outcome = { signIn: SignInRecord } | { error: Response };

export const TEST_CODE = '424242';

/** Clerk's test identifiers: the only ones whose codes the emulator (which sends nothing) can accept. */
export const isTestEmail = (email: string | null): boolean => (email ?? '').includes('+clerk_test');
export const isTestPhone = (phone: string | null): boolean => /^\+1\d{3}55501\d{2}$/.test(phone ?? '');

const CODE_STRATEGIES = new Set(['email_code', 'phone_code']);

const passwordIncorrect = () =>
  formError('form_password_incorrect', 'password', 'Password is incorrect. Try again, or use another method.');

/** Ends the client's sign-in with a new active session for `user` (shared with sign-up). */
export function startSession(ctx: EmulatorContext, client: ClientRecord, userId: string, strategy: string): string {
  const session = ctx.state.sessions.create(client.id, userId);
  client.sessionIds.push(session.id);
  client.lastActiveSessionId = session.id;
  client.lastAuthenticationStrategy = strategy;
  ctx.state.clients.touch(client);
  return session.id;
}

export function createSignIn(ctx: EmulatorContext, client: ClientRecord, params: Record<string, string>): Outcome {
  if (ctx.config.singleSession && activeSessions(ctx, client).length > 0) {
    // Instances default to single-session mode: one signed-in account per browser.
    return {
      error: clerkErrors(400, {
        code: 'session_exists',
        message: "You're already signed in.",
        longMessage: "You're currently in single session mode. You can only be signed into one account at a time.",
      }),
    };
  }
  if (params.strategy === 'ticket') return signInWithTicket(ctx, client, params.ticket ?? '');
  if (!params.identifier) {
    if (params.strategy) return { error: formError('form_param_missing', 'identifier', 'Enter email address.') };
    return { signIn: startSignIn(ctx, client) };
  }
  const user = ctx.state.users.findByIdentifier(params.identifier);
  if (!user) return { error: formError('form_identifier_not_found', 'identifier', "Couldn't find your account.") };
  const withPassword = params.strategy === 'password' || params.password !== undefined;
  if (withPassword && !ctx.state.users.checkPassword(user, params.password ?? '')) {
    return {
      error: params.password ? passwordIncorrect() : formError('form_param_missing', 'password', 'Enter password.'),
    };
  }
  const signIn = startSignIn(ctx, client);
  signIn.identifier = params.identifier;
  signIn.userId = user.id;
  signIn.status = 'needs_first_factor';
  return withPassword ? complete(ctx, client, signIn, user, 'password') : { signIn };
}

function startSignIn(ctx: EmulatorContext, client: ClientRecord): SignInRecord {
  const signIn = ctx.state.signIns.create(client.id);
  client.signInId = signIn.id;
  ctx.state.clients.touch(client);
  return signIn;
}

export function prepareFirstFactor(
  ctx: EmulatorContext,
  signIn: SignInRecord,
  params: Record<string, string>,
): Outcome {
  if (signIn.status !== 'needs_first_factor') return { error: wrongStatus(signIn) };
  const strategy = params.strategy ?? '';
  if (!CODE_STRATEGIES.has(strategy) && strategy !== 'password') {
    return { error: formError('strategy_for_user_invalid', 'strategy', 'Invalid verification strategy') };
  }
  signIn.firstFactorVerification = {
    strategy,
    status: 'unverified',
    attempts: 0,
    expireAt: params.strategy === 'password' ? null : ctx.now() + 10 * MINUTE,
  };
  return { signIn };
}

export function attemptFirstFactor(
  ctx: EmulatorContext,
  client: ClientRecord,
  signIn: SignInRecord,
  params: Record<string, string>,
): Outcome {
  if (signIn.status !== 'needs_first_factor') return { error: wrongStatus(signIn) };
  const user = signIn.userId ? ctx.state.users.get(signIn.userId) : undefined;
  if (!user) return { error: formError('form_identifier_not_found', 'identifier', "Couldn't find your account.") };
  const verification = signIn.firstFactorVerification;

  if (params.strategy === 'password') {
    if (!user.passwordHash)
      return { error: formError('strategy_for_user_invalid', 'strategy', 'Invalid verification strategy') };
    if (!params.password) return { error: formError('form_param_missing', 'password', 'Enter password.') };
    if (!ctx.state.users.checkPassword(user, params.password)) {
      signIn.firstFactorVerification = {
        strategy: 'password',
        status: 'failed',
        attempts: (verification?.attempts ?? 0) + 1,
        expireAt: null,
      };
      return { error: passwordIncorrect() };
    }
    return complete(ctx, client, signIn, user, 'password');
  }
  if (params.strategy === 'email_code' || params.strategy === 'phone_code') {
    if (verification?.strategy !== params.strategy) {
      return {
        error: clerkErrors(400, {
          code: 'verification_not_sent',
          message: 'You need to send a verification code before attempting to verify.',
        }),
      };
    }
    if (verification.expireAt !== null && verification.expireAt <= ctx.now()) {
      verification.status = 'expired';
      return { error: formError('verification_expired', 'code', 'This verification has expired. Request a new code.') };
    }
    verification.attempts += 1;
    const testIdentifier =
      params.strategy === 'email_code' ? isTestEmail(primaryEmail(user)) : isTestPhone(primaryPhone(user));
    if (!testIdentifier || params.code !== TEST_CODE) {
      verification.status = 'failed';
      return { error: formError('form_code_incorrect', 'code', 'Incorrect code') };
    }
    return complete(ctx, client, signIn, user, params.strategy);
  }
  return { error: formError('strategy_for_user_invalid', 'strategy', 'Invalid verification strategy') };
}

function signInWithTicket(ctx: EmulatorContext, client: ClientRecord, ticket: string): Outcome {
  const token = ctx.state.signInTokens.findByToken(ticket);
  const user = token?.status === 'pending' ? ctx.state.users.get(token.userId) : undefined;
  if (!token || !user) {
    return {
      error: clerkErrors(400, {
        code: 'ticket_invalid',
        message: 'Ticket is invalid',
        longMessage: 'The provided ticket is invalid, expired or already used.',
        meta: { param_name: 'ticket' },
      }),
    };
  }
  ctx.state.signInTokens.setStatus(token, 'accepted');
  const signIn = startSignIn(ctx, client);
  signIn.identifier = primaryEmail(user);
  signIn.userId = user.id;
  return complete(ctx, client, signIn, user, 'ticket');
}

/** Creates the session and makes it the client's active one (clerk-js then calls setActive/touch). */
function complete(
  ctx: EmulatorContext,
  client: ClientRecord,
  signIn: SignInRecord,
  user: UserRecord,
  strategy: string,
): Outcome {
  client.signInId = null;
  signIn.status = 'complete';
  signIn.createdSessionId = startSession(ctx, client, user.id, strategy);
  // A verified code keeps its expiry: FAPI's OTP verification requires an integer expire_at.
  const expireAt = signIn.firstFactorVerification?.expireAt ?? null;
  signIn.firstFactorVerification = {
    strategy,
    status: 'verified',
    attempts: signIn.firstFactorVerification?.attempts ?? 1,
    expireAt,
  };
  ctx.state.users.recordSignIn(user);
  ctx.state.clients.touch(client);
  return { signIn };
}

function wrongStatus(signIn: SignInRecord): Response {
  return clerkErrors(400, {
    code: 'verification_status_invalid',
    message: 'Invalid verification status',
    longMessage: `This sign-in is ${signIn.status}; it does not accept a first factor.`,
  });
}
