// The fault switches (targets/faults/*.ts), the Hono way: middleware that is switched in or out per request, since
// one app instance serves every CGL_FAULTS value. The defects themselves are the shared, framework-free ones
// (targets/shared/*-fault.ts, auth-faults.ts) applied to this app's own routes (/app, /api/projects).
import type { Context, MiddlewareHandler, Next } from 'hono';
import { cors } from 'hono/cors';
import { createMiddleware } from 'hono/factory';
import { faultOn, type FaultId } from '../faults.ts';
import { DEMO_USER_ID } from '../shared/api-replies.ts';
import { appSessionFault, requestIsHttps } from '../shared/app-session-fault.ts';
import { apiMeUserId } from '../shared/auth-faults.ts';
import * as pageCache from '../shared/page-cache-fault.ts';
import type { AuthEnv } from './auth.ts';
import { APP_PATH } from './routes.ts';

/** A middleware or a route handler. */
type Step = (c: Context<AuthEnv>, next: Next) => Response | Promise<Response | void>;

/** `step` while `fault` is on; otherwise it is skipped. */
export const withFault =
  (fault: FaultId, step: Step): MiddlewareHandler<AuthEnv> =>
  async (c, next) =>
    faultOn(fault) ? step(c, next) : next();

/** `step` unless `fault` is on (the fault takes it out). */
export const withoutFault =
  (fault: FaultId, step: Step): MiddlewareHandler<AuthEnv> =>
  async (c, next) =>
    faultOn(fault) ? next() : step(c, next);

/**
 * The API's user id, bent by the faults that make the API trust the wrong user: api-trusts-unverified-token and
 * api-accepts-alg-none (a hand-rolled token check beside Clerk's, when Clerk says signed out), and
 * api-me-fails-signed-in (a development stub that answers every signed-in caller as the demo user).
 */
export const apiUserFaults = createMiddleware<AuthEnv>(async (c, next) => {
  const userId =
    c.var.userId ?? apiMeUserId(null, { authorization: c.req.header('authorization'), cookie: c.req.header('cookie') });
  c.set('userId', userId && faultOn('api-me-fails-signed-in') ? DEMO_USER_ID : userId);
  await next();
});

/** api-cors-reflects-origin: the copy-pasted `cors({ origin: (origin) => origin, credentials: true })`. */
export const reflectingCors = withFault(
  'api-cors-reflects-origin',
  cors({ origin: (origin) => origin, credentials: true, allowHeaders: ['authorization', 'content-type'] }),
);

// sign-out-keeps-app-session sets and honours its cookie on the signed-in page and the projects list.
const APP_SESSION_PATHS = new Set([APP_PATH, '/api/projects']);

/**
 * sign-out-keeps-app-session (targets/shared/app-session-fault.ts): the app's own "remember me" cookie, set for a
 * signed-in user and taken as the user when Clerk says signed out, so Clerk's sign-out leaves the app signed in.
 */
export const appSession = createMiddleware<AuthEnv>(async (c, next) => {
  const session = await appSessionFault({
    pathname: c.req.path,
    clerkUserId: c.var.userId,
    cookie: c.req.header('cookie'),
    https: requestIsHttps(c.req.url, c.req.header('x-forwarded-proto')),
    paths: APP_SESSION_PATHS,
  });
  if (session.fallbackUserId) c.set('userId', session.fallbackUserId);
  await next();
  if (session.setCookie) c.res.headers.append('Set-Cookie', session.setCookie);
});

/**
 * page-cache-ignores-session (targets/shared/page-cache-fault.ts): a page cache in front of /app that answers
 * visitors without cookies from its copy, and keeps a copy of what it passed through for everyone else.
 */
export const pageCacheFront = createMiddleware<AuthEnv>(async (c, next) => {
  const header = (name: string) => c.req.header(name);
  if (!pageCache.pageCacheApplies(c.req.method, c.req.path, header, new Set([APP_PATH]))) return next();
  const key = new URL(c.req.url).pathname + new URL(c.req.url).search;
  if (pageCache.isAnonymous(header)) {
    const hit = pageCache.cachedPage(key);
    if (hit) return c.body(hit.body, 200, { 'Content-Type': hit.contentType });
    return next();
  }
  await next();
  if (c.res.status === 200)
    pageCache.storePage(key, await c.res.clone().text(), c.res.headers.get('content-type') ?? 'text/html');
});
