// Clerk's signals, each written once: the headers Clerk's middleware stamps on what it handled, the statuses
// apps deny and serve with by default, and where Clerk sends a request it will not serve (the app's sign-in
// page, Clerk's Account Portal, or the handshake). Judges, fixtures and tests read them from here.

/** How Clerk's middleware saw the request: signed-in, signed-out or handshake (@clerk/nextjs). */
export const AUTH_STATUS_HEADER = 'x-clerk-auth-status';
/** Why it decided so, e.g. session-token-and-uat-missing, or protect-rewrite. */
export const AUTH_REASON_HEADER = 'x-clerk-auth-reason';
/** Every header Clerk's middleware stamps starts with this: its presence shows the middleware ran. */
export const AUTH_HEADER_PREFIX = 'x-clerk-auth-';
/** auth.protect() turned a non-page request into a 404 (@clerk/nextjs): the route's handler never ran. */
export const PROTECT_REWRITE = 'protect-rewrite';
export const SIGNED_OUT = 'signed-out';

/** How apps deny a signed-out request unless the profile says otherwise (Next's auth.protect() answers 404). */
export const DEFAULT_DENIED: readonly number[] = Object.freeze([401, 403, 404]);
/** How apps serve a signed-in request unless the profile says otherwise. */
export const DEFAULT_ALLOWED: readonly number[] = Object.freeze([200]);

type WithHeaders = { headers: Record<string, string> };

/** The 404 came from auth.protect(), not from a missing route. */
export const isProtectRewrite = (evidence: WithHeaders): boolean =>
  (evidence.headers[AUTH_REASON_HEADER] ?? '').includes(PROTECT_REWRITE);

/** A 404 Clerk did not make: the route may simply not exist. */
export const isBare404 = (evidence: WithHeaders & { status: number }): boolean =>
  evidence.status === 404 && !isProtectRewrite(evidence);

/** Clerk's middleware says the request carried no session it accepted (or auth.protect() denied it). */
export const clerkSaysSignedOut = (evidence: WithHeaders): boolean =>
  evidence.headers[AUTH_STATUS_HEADER] === SIGNED_OUT || isProtectRewrite(evidence);

/** The handshake: the Frontend API's /v1/client/handshake, or back to the app with __clerk_handshake* params. */
export function isHandshake(location: URL): boolean {
  if (location.pathname.endsWith('/v1/client/handshake')) return true;
  return [...location.searchParams.keys()].some((name) => name.startsWith('__clerk_handshake'));
}

// Hosted sign-in pages: accounts.<app domain> (production) and <slug>.accounts.dev (development).
const isAccountPortal = (host: string) => host.startsWith('accounts.') || host.endsWith('.accounts.dev');

const trimSlash = (path: string) => path.replace(/\/+$/, '') || '/';

function samePage(actual: string, expected: string): boolean {
  const a = trimSlash(actual);
  const e = trimSlash(expected);
  // Clerk's sign-in routes are catch-alls (/sign-in/[[...sign-in]]): /sign-in/factor-one is the same page.
  return a === e || a.startsWith(`${e === '/' ? '' : e}/`);
}

/** Does `location` point at the sign-in page? `signIn` is a path on the target or a full Account Portal URL. */
export function isSignIn(location: URL, signIn: string, requestUrl: string): boolean {
  if (/^https?:\/\//.test(signIn)) {
    const expected = new URL(signIn);
    return location.origin === expected.origin && samePage(location.pathname, expected.pathname);
  }
  const sameOrigin = location.origin === new URL(requestUrl).origin;
  return (sameOrigin || isAccountPortal(location.hostname)) && samePage(location.pathname, signIn);
}

/** A redirect target that is how Clerk denies a request: the handshake or the sign-in page. */
export const isSignInOrHandshake = (location: URL | null, signIn: string, requestUrl: string): boolean =>
  location !== null && (isHandshake(location) || isSignIn(location, signIn, requestUrl));

/** The "expected" line of a denial check. */
export const deniedExpectation = (denied: readonly number[], signIn: string): string =>
  `${denied.join(', ')}, or a redirect to ${signIn} or to Clerk's handshake`;
