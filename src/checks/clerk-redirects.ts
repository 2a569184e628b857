// Where Clerk sends a request it will not serve: the app's sign-in page, Clerk's Account Portal, or the
// handshake (the Frontend API's /v1/client/handshake, or back to the app with __clerk_handshake* params).

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
