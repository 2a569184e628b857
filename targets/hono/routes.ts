// The Hono app's routes, in its own conventions (unlike targets/shared/routes.ts, which the other two apps share):
// /login instead of /sign-in, /app instead of /dashboard, /api/projects, Clerk's webhooks at /hooks/clerk.
// Protection is per route group here (pages under /app, everything under /api), not "everything but a public
// list": unknown pages are plain 404s, unknown API routes still need a session.
export const LOGIN_PATH = '/login';
export const APP_PATH = '/app';
export const HOME_PATH = '/';
export const HEALTH_PATH = '/healthz';
export const WEBHOOK_PATH = '/hooks/clerk';
/** The suite's side-effect probe (what a webhook delivery did to the app's user table). */
export const WEBHOOK_PROBE_PATH = '/internal/webhook-probe/users/:id';
/** A route that throws on purpose (the kind Sentry's setup adds), public like Sentry's. */
export const CRASH_PATH = '/api/debug/crash';
/** Clerk's Frontend API proxy prefix: the browser reaches FAPI same-origin through it. */
export const CLERK_PROXY_PATH = '/__clerk';
