/**
 * Who is calling FAPI. In a development instance the browser is identified by its dev browser
 * token, which clerk-js appends to every FAPI URL as `?__clerk_db_jwt=` (shared/devBrowser.ts,
 * setDevBrowserInURL). Behind the Frontend API proxy the app's cookies come along too, so the
 * `__clerk_db_jwt[_<suffix>]` cookie is accepted as a fallback, as is a `Clerk-Db-Jwt` header.
 * A production instance identifies it by the `__client` cookie instead (client-cookie.ts).
 */
import type { EmulatorContext } from '../context.ts';
import { signJwt, verifyJwt } from '../jwt.ts';
import { clerkErrors, parseCookies } from '../http/respond.ts';
import type { ClientRecord, DevBrowserRecord } from '../state/clients.ts';
import { clientJson, type View } from '../shapes/resources.ts';
import { clientFromCookie } from './client-cookie.ts';

export const DEV_BROWSER_PARAM = '__clerk_db_jwt';

export function readDevBrowserToken(ctx: EmulatorContext, request: Request): string | null {
  const url = new URL(request.url);
  const cookies = parseCookies(request);
  return (
    url.searchParams.get(DEV_BROWSER_PARAM) ||
    request.headers.get('clerk-db-jwt') ||
    cookies.get(`${DEV_BROWSER_PARAM}_${ctx.config.cookieSuffix}`) ||
    cookies.get(DEV_BROWSER_PARAM) ||
    null
  );
}

/** The dev browser a token names, if we signed it and it is still alive. */
export function devBrowserFromToken(ctx: EmulatorContext, token: string | null): DevBrowserRecord | undefined {
  if (!token) return undefined;
  const payload = verifyJwt(ctx.key, token);
  return typeof payload?.dev === 'string' ? ctx.state.devBrowsers.get(payload.dev) : undefined;
}

export function mintDevBrowser(ctx: EmulatorContext): { record: DevBrowserRecord; token: string } {
  const record = ctx.state.devBrowsers.create();
  // A signed token, so an emulator restart (new key) shows up as `dev_browser_unauthenticated`.
  const token = signJwt(ctx.key, { dev: record.id, iat: Math.floor(record.createdAt / 1000) });
  return { record, token };
}

export const devBrowserUnauthenticated = (): Response =>
  clerkErrors(401, {
    code: 'dev_browser_unauthenticated',
    message: 'Browser unauthenticated',
    longMessage:
      'Unable to authenticate this browser for your development instance. Check your Clerk cookies and try again.',
  });

/** The dev browser's client, created on first use when `create` is set. */
export function clientOfDevBrowser(
  ctx: EmulatorContext,
  devBrowser: DevBrowserRecord,
  create: boolean,
): ClientRecord | undefined {
  const existing = devBrowser.clientId ? ctx.state.clients.get(devBrowser.clientId) : undefined;
  if (existing || !create) return existing;
  const client = ctx.state.clients.create();
  devBrowser.clientId = client.id;
  return client;
}

/**
 * The calling browser's client, or the error response FAPI gives when it cannot tell who is
 * calling. clerk-js answers `dev_browser_unauthenticated` by creating a new dev browser.
 */
export function requireClient(ctx: EmulatorContext, request: Request): { client: ClientRecord } | { error: Response } {
  if (ctx.config.kind === 'production') {
    // No cookie yet (or one naming a client that is gone): a new client, whose cookie the response sets.
    return { client: clientFromCookie(ctx, request) ?? ctx.state.clients.create() };
  }
  const devBrowser = devBrowserFromToken(ctx, readDevBrowserToken(ctx, request));
  if (!devBrowser) return { error: devBrowserUnauthenticated() };
  const client = clientOfDevBrowser(ctx, devBrowser, true);
  return client ? { client } : { error: devBrowserUnauthenticated() };
}

/**
 * `azp` for tokens minted on this request: the calling page's origin. Same-origin GETs carry no
 * Origin header; then the Frontend API proxy's `Clerk-Proxy-Url` header names the app's origin.
 */
export function requestAzp(request: Request): string | null {
  const origin = request.headers.get('origin');
  if (origin && origin !== 'null') return origin;
  const proxyUrl = request.headers.get('clerk-proxy-url');
  if (proxyUrl) {
    try {
      return new URL(proxyUrl).origin;
    } catch {
      return null;
    }
  }
  return null;
}

export function viewFor(ctx: EmulatorContext, request: Request): View {
  return { ctx, azp: requestAzp(request) };
}

/** `{ response, client }`, the envelope of FAPI mutations (clerk-js updates its client from it). */
export function envelope(
  view: View,
  response: unknown,
  client: ClientRecord | null,
): { response: unknown; client: unknown } {
  return { response, client: client ? clientJson(view, client) : null };
}
