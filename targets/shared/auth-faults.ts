// The auth and API fault switches, framework-free, so the Next.js and Express apps switch the same defects.
// Each is a mistake seen in real apps. Must stay free of Node APIs: the Next.js middleware (edge runtime)
// imports it through routes.ts.
import { faultOn } from '../faults.ts';
import { DEFECT_FAULTS, INSTANCE_FAULT_SETTINGS } from '../faults/instance.ts';

const API_ME = '/api/me';

/**
 * Paths a fault takes out of Clerk's protection. api-trusts-unverified-token and api-accepts-alg-none: the
 * route "does its own auth" in the handler (badly); dashboard-unprotected: the page is left unguarded.
 */
export function unprotectedByAuthFault(pathname: string): boolean {
  if (pathname === API_ME) return faultOn('api-trusts-unverified-token') || faultOn('api-accepts-alg-none');
  return pathname === '/dashboard' && faultOn('dashboard-unprotected');
}

/** Public paths a fault puts behind sign-in. home-page-protected: '/' left out of the public list. */
export function protectedByAuthFault(pathname: string): boolean {
  return pathname === '/' && faultOn('home-page-protected');
}

/** dashboard-unprotected: the page's own `if (!userId) redirectToSignIn()` guard is missing too. */
export function pageGuardRemoved(): boolean {
  return faultOn('dashboard-unprotected');
}

/**
 * Fault dashboard-fails-signed-in: the dashboard's data load fails for every signed-in user (a bad deploy), and
 * the page renders this message in place of the user's details. Null when the fault is off or signed out.
 */
export function dashboardErrorForSignedIn(userId: string | null | undefined): string | null {
  return userId && faultOn('dashboard-fails-signed-in')
    ? 'We could not load your account right now. Please try again later.'
    : null;
}

function bearerOrCookieToken(
  authorization: string | null | undefined,
  cookie: string | null | undefined,
): string | null {
  const bearer = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
  if (bearer) return bearer;
  return /(?:^|;\s*)__session=([^;]+)/.exec(cookie ?? '')?.[1] ?? null;
}

function decodePart(part: string | undefined): Record<string, unknown> | null {
  try {
    const base64 = (part ?? '').replace(/-/g, '+').replace(/_/g, '/');
    return JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='))) as Record<string, unknown>;
  } catch {
    return null;
  }
}

/**
 * The user id /api/me serves. Clean: the one Clerk verified. api-trusts-unverified-token: the `sub` of any
 * token, decoded without checking its signature (jwt.decode instead of jwt.verify). api-accepts-alg-none: a
 * hand-rolled verifier that trusts tokens whose header says alg "none", and Clerk's result otherwise.
 */
export function apiMeUserId(
  verifiedUserId: string | null | undefined,
  request: { authorization?: string | null; cookie?: string | null },
): string | null {
  if (verifiedUserId) return verifiedUserId;
  const token = bearerOrCookieToken(request.authorization, request.cookie);
  if (!token) return null;
  const [header, payload] = token.split('.').map(decodePart);
  const sub = typeof payload?.sub === 'string' ? payload.sub : null;
  if (faultOn('api-trusts-unverified-token')) return sub;
  if (faultOn('api-accepts-alg-none') && String(header?.alg).toLowerCase() === 'none') return sub;
  return null;
}

/**
 * Clerk's `allowedRedirectOrigins` (ClerkProvider / Clerk.load): unset, so clerk-js keeps its default (the
 * page's origin and the instance's own domain). Fault allowed-redirect-origins-any: the wildcard "fix" for a
 * redirect that did not work, which lets redirect_url send a freshly signed-in user anywhere.
 */
export function allowedRedirectOriginsFault(): string[] | undefined {
  return faultOn('allowed-redirect-origins-any') ? ['https://*', 'http://*'] : undefined;
}

/**
 * clerkMiddleware's `authorizedParties` (Clerk's recommended production setting): the app's own origins,
 * CGL_APP_ORIGINS (comma-separated; the embedded stack sets the target's origin), none when unset.
 * Fault authorized-parties-unset: the option is left out, so a genuine session token the Frontend API issued
 * for another origin (its `azp`) is accepted.
 */
export function authorizedParties(): string[] | undefined {
  if (faultOn('authorized-parties-unset')) return undefined;
  const origins = appOriginsOf(process.env.CGL_APP_ORIGINS);
  return origins.length > 0 ? origins : undefined;
}

/** The entries of a CGL_APP_ORIGINS value (comma-separated, blanks dropped). */
export function appOriginsOf(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
}

/** api-cors-reflects-origin: CORS headers that echo any Origin and allow credentials (the copy-pasted "fix"). */
export function corsFaultHeaders(origin: string | null | undefined): Record<string, string> {
  if (!faultOn('api-cors-reflects-origin') || !origin) return {};
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Allow-Headers': 'authorization, content-type',
    'Access-Control-Allow-Methods': 'GET, OPTIONS',
    Vary: 'Origin',
  };
}

/** dashboard-cache-public: the protected page is sent with a shared-cache permission. */
export function pageCacheControlFault(pathname: string): string | null {
  return pathname === '/dashboard' && faultOn('dashboard-cache-public') ? 'public, max-age=300, s-maxage=300' : null;
}

/**
 * sign-in-open-redirect: a signed-in visitor to the sign-in page is sent straight to redirect_url, unchecked
 * (the "already signed in? go back" shortcut). Returns where to redirect, or null.
 */
export function signInRedirectFault(signedIn: boolean, redirectUrl: string | null | undefined): string | null {
  return faultOn('sign-in-open-redirect') && signedIn && redirectUrl ? redirectUrl : null;
}

/** public-api-requires-session: the public health route answers 401 to signed-out callers. */
export function publicApiDeniedByFault(userId: string | null | undefined): boolean {
  return faultOn('public-api-requires-session') && !userId;
}

/**
 * Faults that are instance settings reach the emulator as its own env: session-token-long-lived (hour-long session
 * tokens), and the instance faults (targets/faults/instance.ts), merged into one CGL_EMULATOR_INSTANCE, or
 * emulator defects (CGL_EMULATOR_DEFECTS).
 */
export function emulatorEnvForFaults(faults: string | undefined): Record<string, string> {
  const ids = (faults ?? '').split(',').map((f) => f.trim());
  const env: Record<string, string> = {};
  if (ids.includes('session-token-long-lived')) env.CGL_EMULATOR_TOKEN_LIFETIME = '3600';
  const settings = ids.flatMap((id): Record<string, unknown>[] => {
    const setting = Object.hasOwn(INSTANCE_FAULT_SETTINGS, id)
      ? INSTANCE_FAULT_SETTINGS[id as keyof typeof INSTANCE_FAULT_SETTINGS]
      : undefined;
    return setting ? [setting] : [];
  });
  const defects = ids.flatMap((id) => (Object.hasOwn(DEFECT_FAULTS, id) ? [DEFECT_FAULTS[id]!] : []));
  if (defects.length > 0) env.CGL_EMULATOR_DEFECTS = defects.join(',');
  if (settings.length > 0) env.CGL_EMULATOR_INSTANCE = JSON.stringify(mergeSettings(settings));
  return env;
}

/** Deep merge of plain objects (arrays and values: the later one wins). */
function mergeSettings(layers: readonly Record<string, unknown>[]): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (const layer of layers)
    for (const [key, value] of Object.entries(layer)) {
      const current = merged[key];
      merged[key] = isPlain(current) && isPlain(value) ? mergeSettings([current, value]) : value;
    }
  return merged;
}

const isPlain = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
