/**
 * A production instance (pk_live_) has no dev browser: FAPI identifies the browser by the HttpOnly
 * `__client` cookie it sets itself (through the Frontend API proxy it lands on the app's origin),
 * and FAPI, not clerk-js, keeps `__client_uat` current (0 when signed out). @clerk/express's proxy
 * forwards only the last Set-Cookie of a response, so each response carries at most ONE cookie:
 * `__client` when the browser does not hold the current one yet, else `__client_uat` when the value
 * it sent is stale. A cookie that waits is set on the browser's next FAPI call (clerk-js makes many).
 */
import type { EmulatorContext } from '../context.ts';
import { signJwt, verifyJwt } from '../jwt.ts';
import { parseCookies } from '../http/respond.ts';
import { activeSessions } from '../shapes/resources.ts';
import type { ClientRecord } from '../state/clients.ts';
import { DAY } from '../state/expiring-map.ts';

export const CLIENT_COOKIE = '__client';
export const CLIENT_UAT_COOKIE = '__client_uat';
const COOKIE_LIFETIME_MS = 365 * DAY;

/** The client a `__client` cookie names, if we signed it and the client still exists. */
export function clientFromCookie(ctx: EmulatorContext, request: Request): ClientRecord | undefined {
  const token = parseCookies(request).get(CLIENT_COOKIE);
  const payload = token ? verifyJwt(ctx.key, token) : null;
  return typeof payload?.id === 'string' ? ctx.state.clients.get(payload.id) : undefined;
}

/** `__client_uat`: the client's `updated_at` in seconds while it has a signed-in session, else 0. */
export function clientUat(ctx: EmulatorContext, client: ClientRecord | undefined): number {
  return client && activeSessions(ctx, client).length > 0 ? Math.floor(client.updatedAt / 1000) : 0;
}

export function cookieDirective(ctx: EmulatorContext, name: string, value: string, httpOnly: boolean): string {
  const expires = new Date(ctx.now() + COOKIE_LIFETIME_MS).toUTCString();
  return [
    `${name}=${value}`,
    'Path=/',
    `Expires=${expires}`,
    ...(httpOnly ? ['HttpOnly'] : []),
    'Secure',
    'SameSite=Lax',
  ].join('; ');
}

function clientToken(ctx: EmulatorContext, client: ClientRecord): string {
  return signJwt(ctx.key, { id: client.id, rotating_token: client.id.slice(-12) });
}

/** The one Set-Cookie this response should carry for `client`, or null when the browser is current. */
export function clientCookieFor(ctx: EmulatorContext, request: Request, client: ClientRecord): string | null {
  if (ctx.config.kind !== 'production') return null;
  if (clientFromCookie(ctx, request)?.id !== client.id) {
    return cookieDirective(ctx, CLIENT_COOKIE, clientToken(ctx, client), true);
  }
  const expected = String(clientUat(ctx, client));
  const sent = parseCookies(request).get(CLIENT_UAT_COOKIE);
  return sent === expected ? null : cookieDirective(ctx, CLIENT_UAT_COOKIE, expected, false);
}

/** Adds the client's cookie (if one is due) to a FAPI response. */
export function withClientCookie(
  ctx: EmulatorContext,
  request: Request,
  client: ClientRecord | undefined,
  response: Response,
): Response {
  const cookie = client ? clientCookieFor(ctx, request, client) : null;
  if (cookie) response.headers.append('Set-Cookie', cookie);
  return response;
}
