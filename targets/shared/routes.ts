// The reference apps' route table, shared by the Next.js middleware and the Express app so both protect
// exactly the same paths. Patterns use Clerk's createRouteMatcher syntax ('(.*)' = any rest), which the
// Next.js app hands to createRouteMatcher and isPublicPath() below reads as a regular expression.
// Must stay free of Node APIs: the Next.js middleware (edge runtime) imports it.
import { faultOn } from '../faults.ts';
import { protectedByAuthFault, unprotectedByAuthFault } from './auth-faults.ts';

/** Everything else requires a signed-in user (the production checklist's "protect by default"). */
export const PUBLIC_ROUTES = ['/', '/sign-in(.*)', '/sign-up(.*)', '/api/webhooks(.*)', '/api/public(.*)'] as const;

export const SIGN_IN_PATH = '/sign-in';
export const SIGN_UP_PATH = '/sign-up';
export const AFTER_SIGN_IN_PATH = '/dashboard';
export const AFTER_SIGN_OUT_PATH = '/';
/** Clerk's Frontend API proxy prefix: the browser reaches FAPI same-origin through it. */
export const CLERK_PROXY_PATH = '/__clerk';

/**
 * API routes the middleware leaves alone because the handler checks the session itself, after validating the
 * request body (so an empty body gets 400 even signed out, as in many real apps): POST /api/orgs/:orgId/notes.
 */
export const HANDLER_CHECKED_ROUTES = ['/api/orgs/(.*)'] as const;

const PUBLIC_PATTERNS = [...PUBLIC_ROUTES, ...HANDLER_CHECKED_ROUTES].map((route) => new RegExp(`^${route}$`));

export function isPublicPath(pathname: string): boolean {
  return PUBLIC_PATTERNS.some((pattern) => pattern.test(pathname));
}

/**
 * Paths a fault has wrongly made public. Fault api-me-unprotected: the kind of slip where a route ends
 * up in the public list.
 */
export function unprotectedByFault(pathname: string): boolean {
  return (faultOn('api-me-unprotected') && pathname === '/api/me') || unprotectedByAuthFault(pathname);
}

/**
 * Public paths a fault has wrongly protected. Fault webhook-route-protected: '/api/webhooks(.*)' left out
 * of the public list, so Clerk's deliveries are refused.
 */
export function protectedByFault(pathname: string): boolean {
  return (
    (faultOn('webhook-route-protected') && /^\/api\/webhooks(\/|$)/.test(pathname)) || protectedByAuthFault(pathname)
  );
}

/** True when a signed-out request for this path must be denied (faults applied). */
export function requiresSignIn(pathname: string): boolean {
  if (protectedByFault(pathname)) return true;
  return !isPublicPath(pathname) && !unprotectedByFault(pathname);
}
