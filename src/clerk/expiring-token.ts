// The "expired" forgery is a real token of the session left to expire. Minting it costs nothing; the wait
// (Clerk's shortest lifetime, 30 s, plus the verifiers' clock-skew leeway) is what costs. The setup project
// mints it right after sign-in and saves it; every route's expired-token check reads the same token and
// waits only for what is left of its lifetime, usually nothing by then.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { EXPIRING_TOKEN } from '../project/auth-state.ts';
import { decodeJwt, numericClaim } from '../tokens/jwt.ts';
import { mintSessionToken } from './session.ts';

// @clerk/backend tolerates 5 s of clock skew; Clerk's shortest token lives 30 s.
export const CLOCK_SKEW_S = 5;
export const SHORTEST_LIFETIME_S = 30;

interface ClerkApi {
  secretKey: string;
  apiUrl: string;
}

/** Mints the session's short-lived token and saves it for the API checks (the setup project calls this). */
export async function saveExpiringToken(api: ClerkApi, sessionId: string): Promise<void> {
  const token = await mintSessionToken({ ...api, sessionId, expiresInSeconds: SHORTEST_LIFETIME_S });
  writeFileSync(EXPIRING_TOKEN.user, JSON.stringify({ sessionId, token }), { mode: 0o600 });
}

/** The saved token when it belongs to this session, else a freshly minted one. */
async function tokenFor(api: ClerkApi, sessionId: string): Promise<string> {
  if (existsSync(EXPIRING_TOKEN.user)) {
    const saved = JSON.parse(readFileSync(EXPIRING_TOKEN.user, 'utf8')) as { sessionId?: string; token?: string };
    if (saved.sessionId === sessionId && saved.token) return saved.token;
  }
  return mintSessionToken({ ...api, sessionId, expiresInSeconds: SHORTEST_LIFETIME_S });
}

/** A real token of the session that no verifier with Clerk's leeway accepts any more (waits if it must). */
export async function expiredToken(api: ClerkApi, sessionId: string): Promise<string> {
  const token = await tokenFor(api, sessionId);
  const exp = numericClaim(decodeJwt(token)?.payload ?? {}, 'exp') ?? 0;
  const waitMs = (exp + CLOCK_SKEW_S + 1) * 1000 - Date.now();
  if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
  return token;
}
