// Clerk auth the framework-free way: @clerk/backend's authenticateRequest() in a Hono middleware, no Clerk
// framework SDK. Every request (but the Frontend API proxy and static files) is authenticated once; the result
// is c.var.userId. requirePage / requireApi deny signed-out requests for the routes they guard.
import { createClerkClient } from '@clerk/backend';
import { createClerkRequest } from '@clerk/backend/internal';
import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { authorizedParties } from '../shared/auth-faults.ts';
import { CLERK_PROXY_PATH, LOGIN_PATH } from './routes.ts';

export interface AuthEnv {
  Variables: { userId: string | null };
}

export interface ClerkSettings {
  publishableKey: string;
  secretKey: string;
  /** The Backend API (the emulator's in the embedded stack). */
  apiUrl: string;
}

// Per-user answers: never stored by a shared cache.
const PRIVATE = 'private, no-store';

export function clerkAuth(settings: ClerkSettings): MiddlewareHandler<AuthEnv> {
  const clerk = createClerkClient(settings);
  return createMiddleware<AuthEnv>(async (c, next) => {
    // The public URL (X-Forwarded-* from a TLS front included): the proxy URL Clerk's handshake uses.
    const { clerkUrl } = createClerkRequest(c.req.raw);
    const state = await clerk.authenticateRequest(c.req.raw, {
      // Clerk's recommended production setting: only session tokens issued for the app's own origins
      // (CGL_APP_ORIGINS; fault authorized-parties-unset leaves it out).
      authorizedParties: authorizedParties(),
      proxyUrl: new URL(CLERK_PROXY_PATH, clerkUrl).href,
      signInUrl: LOGIN_PATH,
    });
    // A handshake (an expired session token on a page load): Clerk answers with a redirect through FAPI.
    if (state.headers.get('location')) return new Response(null, { status: 307, headers: state.headers });
    c.set('userId', state.isAuthenticated ? state.toAuth().userId : null);
    await next();
    state.headers.forEach((value, key) => c.res.headers.append(key, value));
  });
}

/** Pages: a signed-out visitor goes to /login and comes back (redirect_url is the path, relative). */
export const requirePage = createMiddleware<AuthEnv>(async (c, next) => {
  if (c.var.userId) return next();
  const url = new URL(c.req.url);
  return c.redirect(`${LOGIN_PATH}?redirect_url=${encodeURIComponent(url.pathname + url.search)}`, 302);
});

/** API routes: a JSON 401 that says how to authenticate. */
export const requireApi = createMiddleware<AuthEnv>(async (c, next) => {
  if (c.var.userId) return next();
  return c.json({ error: 'unauthenticated' }, 401, { 'WWW-Authenticate': 'Bearer', 'Cache-Control': PRIVATE });
});
