/**
 * Session JWTs as Clerk issues them (v2 claims: azp exp fva iat iss nbf sid sub sts v), and the
 * handshake token that carries cookie directives. Both carry Clerk's session-token category in
 * the header: @clerk/backend rejects any other category for either.
 */
import type { EmulatorContext } from './context.ts';
import { signJwt } from './jwt.ts';
import type { SessionRecord } from './state/sessions.ts';

export const SESSION_TOKEN_CATEGORY = 'cl_B7d4PD111AAA';

/**
 * `azp` is the calling page's origin; without one (BAPI mints) the origin the session was first used
 * from, since @clerk/backend warns about cookie tokens that lack `azp`. Only the first origin sticks: a
 * token another page asks for (another origin) must not change what the app's own BAPI mints carry.
 */
export function mintSessionToken(
  ctx: EmulatorContext,
  session: SessionRecord,
  origin: string | null,
  lifetimeSeconds = ctx.config.sessionTokenLifetimeSeconds,
): string {
  if (origin && !session.origin) session.origin = origin;
  const azp = origin ?? session.origin;
  const now = ctx.now();
  const iat = Math.floor(now / 1000);
  const minutesSinceFirstFactor = Math.max(0, Math.floor((now - session.firstFactorVerifiedAt) / 60_000));
  const claims: Record<string, unknown> = {
    ...(azp ? { azp } : {}),
    exp: iat + lifetimeSeconds,
    fva: [minutesSinceFirstFactor, -1],
    iat,
    iss: ctx.config.issuer,
    // Clerk back-dates nbf by 10 s to absorb small clock differences.
    nbf: iat - 10,
    sid: session.id,
    sub: session.userId,
    sts: 'active',
    v: 2,
  };
  return signJwt(ctx.key, claims, { cat: SESSION_TOKEN_CATEGORY });
}

export function mintHandshakeToken(ctx: EmulatorContext, directives: string[]): string {
  return signJwt(ctx.key, { handshake: directives }, { cat: SESSION_TOKEN_CATEGORY });
}
