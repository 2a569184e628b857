// Fault sign-out-keeps-app-session: the app keeps a session of its own beside Clerk's. A signed-in user who
// loads /dashboard or calls /api/me gets an app cookie naming them (signed, so it cannot be forged), and
// when Clerk says "signed out" those routes fall back to it. Clerk's sign-out never clears it, so after
// signing out the browser still gets the user's data: the "we added a remember-me cookie" mistake.
// The cookie itself is well formed (HttpOnly, SameSite=Lax, Secure on https): only sign-out is broken.
// Must stay free of Node APIs: the Next.js middleware (edge runtime) imports it.
import { faultOn } from '../faults.ts';

export const APP_SESSION_COOKIE = 'app_session';
const PATHS = new Set(['/dashboard', '/api/me']);
const MAX_AGE_SECONDS = 30 * 24 * 3600;

export interface AppSessionRequest {
  pathname: string;
  /** The user Clerk verified for this request, if any. */
  clerkUserId: string | null | undefined;
  cookie: string | null | undefined;
  https: boolean;
  /** The routes that set and honour the cookie (default /dashboard and /api/me; the Hono app's are its own). */
  paths?: ReadonlySet<string>;
}

export interface AppSession {
  /** Set-Cookie to add to the response (a signed-in request on one of the fault's routes). */
  setCookie: string | null;
  /** The user the app's own cookie names, when Clerk says signed out. */
  fallbackUserId: string | null;
}

const NONE: AppSession = { setCookie: null, fallbackUserId: null };

async function mac(userId: string): Promise<string> {
  const encoder = new TextEncoder();
  const key = await crypto.subtle.importKey(
    'raw',
    encoder.encode(process.env.CLERK_SECRET_KEY ?? ''),
    { name: 'HMAC', hash: 'SHA-256' },
    false,
    ['sign'],
  );
  const signature = new Uint8Array(await crypto.subtle.sign('HMAC', key, encoder.encode(userId)));
  return btoa(String.fromCharCode(...signature))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** What the fault does for this request: nothing unless it is on and the route is one of `paths`. */
export async function appSessionFault(request: AppSessionRequest): Promise<AppSession> {
  if (!faultOn('sign-out-keeps-app-session') || !(request.paths ?? PATHS).has(request.pathname)) return NONE;
  if (request.clerkUserId) {
    const value = `${request.clerkUserId}.${await mac(request.clerkUserId)}`;
    const secure = request.https ? '; Secure' : '';
    return {
      setCookie: `${APP_SESSION_COOKIE}=${value}; Path=/; Max-Age=${MAX_AGE_SECONDS}; HttpOnly; SameSite=Lax${secure}`,
      fallbackUserId: null,
    };
  }
  const value = new RegExp(`(?:^|;\\s*)${APP_SESSION_COOKIE}=([^;]+)`).exec(request.cookie ?? '')?.[1];
  const [userId, signature] = (value ?? '').split('.');
  if (!userId || !signature) return NONE;
  return { setCookie: null, fallbackUserId: signature === (await mac(userId)) ? userId : null };
}

/** True when the request reached the app over https (directly, or through a TLS front on loopback). */
export function requestIsHttps(url: string, forwardedProto: string | null | undefined): boolean {
  return url.startsWith('https:') || (forwardedProto ?? '').split(',')[0]?.trim() === 'https';
}

/** For handlers behind a layer that already set the cookie: the app-cookie user of a Clerk-signed-out request. */
export async function appSessionFallback(pathname: string, cookie: string | null | undefined): Promise<string | null> {
  return (await appSessionFault({ pathname, clerkUserId: null, cookie, https: false })).fallbackUserId;
}
