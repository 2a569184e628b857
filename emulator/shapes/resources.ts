/**
 * FAPI JSON for clients, sessions and sign-ins (Client.Client, Client.Session, Client.SignIn in the
 * FAPI spec), plus BAPI's leaner Session. Timestamps are milliseconds.
 *
 * An active session carries `last_active_token` (a fresh session JWT), so clerk-js's `setActive`
 * needs no extra `/tokens` round trip. Tokens are minted at serialization time, after the caller
 * has touched the client, so `iat` is never before `__client_uat`.
 */
import type { EmulatorContext } from '../context.ts';
import { mintSessionToken } from '../session-token.ts';
import type { ClientRecord } from '../state/clients.ts';
import type { SessionRecord } from '../state/sessions.ts';
import type { SignInRecord, VerificationRecord } from '../state/sign-ins.ts';
import { signUpJson } from './sign-up.ts';
import { primaryEmail, primaryPhone, publicUserDataJson, userJson } from './user.ts';

/** What serializers need beyond the context: who the token is for (the `azp` claim). */
export interface View {
  ctx: EmulatorContext;
  azp: string | null;
}

type Json = Record<string, unknown>;

export function sessionJson(view: View, session: SessionRecord): Json {
  const user = view.ctx.state.users.get(session.userId);
  const active = session.status === 'active';
  return {
    object: 'session',
    id: session.id,
    status: session.status,
    expire_at: session.expireAt,
    abandon_at: session.abandonAt,
    last_active_at: session.lastActiveAt,
    last_active_organization_id: null,
    actor: null,
    user: user ? userJson(user) : null,
    public_user_data: user ? publicUserDataJson(user) : null,
    factor_verification_age: [Math.floor((view.ctx.now() - session.firstFactorVerifiedAt) / 60_000), -1],
    tasks: null,
    last_active_token: active ? { object: 'token', jwt: mintSessionToken(view.ctx, session, view.azp) } : null,
    created_at: session.createdAt,
    updated_at: session.updatedAt,
  };
}

export function activeSessions(ctx: EmulatorContext, client: ClientRecord): SessionRecord[] {
  return client.sessionIds
    .map((id) => ctx.state.sessions.get(id))
    .filter((s): s is SessionRecord => s !== undefined && s.status === 'active');
}

export function clientJson(view: View, client: ClientRecord): Json {
  const signIn = client.signInId ? view.ctx.state.signIns.get(client.signInId) : undefined;
  const signUp = client.signUpId ? view.ctx.state.signUps.get(client.signUpId) : undefined;
  return {
    object: 'client',
    id: client.id,
    sessions: activeSessions(view.ctx, client).map((s) => sessionJson(view, s)),
    sign_in: signIn ? signInJson(view, signIn) : null,
    sign_up: signUp ? signUpJson(signUp) : null,
    last_active_session_id: client.lastActiveSessionId,
    last_authentication_strategy: client.lastAuthenticationStrategy,
    // null: a near expiry would make clerk-js route sign-out through /v1/client/touch.
    cookie_expires_at: null,
    captcha_bypass: false,
    created_at: client.createdAt,
    updated_at: client.updatedAt,
  };
}

const VERIFICATION_OBJECT: Record<string, string> = {
  password: 'verification_password',
  email_code: 'verification_otp',
  phone_code: 'verification_otp',
  ticket: 'verification_ticket',
};

function verificationJson(v: VerificationRecord): Json {
  return {
    object: VERIFICATION_OBJECT[v.strategy] ?? 'verification',
    // Clerk's password verification is only ever unverified or verified (attempts count the failures).
    status: v.strategy === 'password' && v.status === 'failed' ? 'unverified' : v.status,
    strategy: v.strategy,
    attempts: v.attempts,
    expire_at: v.expireAt,
  };
}

export function signInJson(view: View, signIn: SignInRecord): Json {
  const user = signIn.userId ? view.ctx.state.users.get(signIn.userId) : undefined;
  const email = user ? primaryEmail(user) : null;
  const phone = user ? primaryPhone(user) : null;
  const firstFactors = user
    ? [
        ...(user.passwordHash ? [{ strategy: 'password' }] : []),
        ...(email
          ? [
              {
                strategy: 'email_code',
                email_address_id: user.primaryEmailAddressId,
                safe_identifier: email,
                primary: true,
              },
            ]
          : []),
        ...(phone
          ? [
              {
                strategy: 'phone_code',
                phone_number_id: user.primaryPhoneNumberId,
                safe_identifier: phone,
                primary: !email,
              },
            ]
          : []),
      ]
    : [];
  return {
    object: 'sign_in_attempt',
    id: signIn.id,
    status: signIn.status,
    supported_identifiers: ['email_address', 'phone_number'],
    supported_first_factors: firstFactors,
    supported_second_factors: null,
    first_factor_verification: signIn.firstFactorVerification ? verificationJson(signIn.firstFactorVerification) : null,
    second_factor_verification: null,
    identifier: signIn.identifier,
    user_data: user ? { first_name: user.firstName, last_name: user.lastName, image_url: '', has_image: false } : null,
    created_session_id: signIn.createdSessionId,
    abandon_at: signIn.abandonAt,
    client_trust_state: null,
  };
}

/** BAPI Session. */
export function backendSessionJson(session: SessionRecord): Json {
  return {
    object: 'session',
    id: session.id,
    user_id: session.userId,
    client_id: session.clientId,
    actor: null,
    status: session.status,
    last_active_organization_id: null,
    last_active_at: session.lastActiveAt,
    latest_activity: null,
    expire_at: session.expireAt,
    abandon_at: session.abandonAt,
    updated_at: session.updatedAt,
    created_at: session.createdAt,
    tasks: [],
  };
}
