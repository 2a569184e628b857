// The reference apps' security headers, in one place for both apps (Next.js middleware + next.config.ts,
// Express), and the run-time fault switches that bend them. Each header fault lives here so one build
// serves every fault combination: the apps call securityHeaders() per response instead of fixing the
// headers at build time.
// Must stay free of Node APIs: the Next.js middleware (edge runtime) imports it.
import { faultOn, type ReferenceApp } from '../faults.ts';
import { CLERK_PROXY_PATH } from './routes.ts';

export interface Header {
  readonly key: string;
  readonly value: string;
}

// Clerk-compatible CSP. FAPI and the clerk-js / @clerk/ui bundles come through the same-origin proxy
// (/__clerk), so 'self' covers them. Next's inline RSC payload scripts need 'unsafe-inline' (a nonce would
// force every page to render dynamically); Clerk's components inject <style> tags; clerk-js may run its
// session poller in a blob: worker; avatars come from img.clerk.com; bot protection (Cloudflare Turnstile)
// loads a script and an iframe from challenges.cloudflare.com.
const CSP_DIRECTIVES: readonly (readonly [string, string])[] = [
  ['default-src', "'self'"],
  ['script-src', "'self' 'unsafe-inline' https://challenges.cloudflare.com"],
  ['connect-src', "'self'"],
  ['img-src', "'self' data: https://img.clerk.com"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['font-src', "'self' data:"],
  ['worker-src', "'self' blob:"],
  ['frame-src', "'self' https://challenges.cloudflare.com"],
  ['form-action', "'self'"],
  ['base-uri', "'self'"],
  ['object-src', "'none'"],
  ['frame-ancestors', "'none'"],
];

const HSTS = 'max-age=63072000; includeSubDomains';
const PERMISSIONS_POLICY = 'camera=(), microphone=(), geolocation=(), payment=(), usb=()';

/** The headers as the reference apps send them with no fault on (also used at build time by next.config.ts). */
export const SECURITY_HEADERS: readonly Header[] = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ') },
  { key: 'Strict-Transport-Security', value: HSTS },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
];

function contentSecurityPolicy(): Header | undefined {
  if (faultOn('csp-missing')) return undefined;
  const directives = CSP_DIRECTIVES.map(([name, value]): [string, string] => {
    if (faultOn('csp-unsafe-eval') && name === 'script-src') return [name, `${value} 'unsafe-eval'`];
    if (faultOn('csp-blocks-turnstile') && (name === 'script-src' || name === 'frame-src')) {
      return [name, value.replace(' https://challenges.cloudflare.com', '')];
    }
    if (faultOn('csp-blocks-inline-styles') && name === 'style-src') return [name, "'self'"];
    if (faultOn('framing-allowed') && name === 'frame-ancestors') return [name, '*'];
    return [name, value];
  });
  const value = directives.map(([name, sources]) => `${name} ${sources}`).join('; ');
  return { key: faultOn('csp-report-only') ? 'Content-Security-Policy-Report-Only' : 'Content-Security-Policy', value };
}

const POWERED_BY: Record<ReferenceApp, string> = {
  nextjs: 'Next.js 15.1.0',
  express: 'Express 4.21.2',
  hono: 'Hono',
};

/**
 * The security headers for one response right now, faults applied. `app` names the framework for the
 * X-Powered-By fault. Set every returned header on the response; send nothing else security-related.
 */
export function securityHeaders(app: ReferenceApp = 'nextjs'): Header[] {
  const headers: (Header | undefined)[] = [
    faultOn('framing-allowed') ? undefined : { key: 'X-Frame-Options', value: 'DENY' },
    contentSecurityPolicy(),
    faultOn('hsts-missing')
      ? undefined
      : { key: 'Strict-Transport-Security', value: faultOn('hsts-short') ? 'max-age=86400' : HSTS },
    { key: 'Referrer-Policy', value: faultOn('referrer-leaky') ? 'unsafe-url' : 'strict-origin-when-cross-origin' },
    faultOn('permissions-policy-missing') ? undefined : { key: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    faultOn('nosniff-missing') ? undefined : { key: 'X-Content-Type-Options', value: 'nosniff' },
    faultOn('powered-by') ? { key: 'X-Powered-By', value: POWERED_BY[app] } : undefined,
    // A session-like cookie of the app's own, set without Secure/HttpOnly and with SameSite=None.
    faultOn('cookie-insecure')
      ? { key: 'Set-Cookie', value: 'app_session=fault-demo; Path=/; SameSite=None' }
      : undefined,
  ];
  return headers.filter((header): header is Header => header !== undefined);
}

/** The suite's error probe asks for an unknown API route under this prefix; the stack-trace fault crashes it. */
export const UNKNOWN_API_PREFIX = '/api/__';

/** Sets the headers on a Fetch API Headers object; Set-Cookie is appended, never replacing the app's or Clerk's. */
export function applySecurityHeaders(target: Headers, headers: readonly Header[]): void {
  for (const { key, value } of headers) {
    if (key.toLowerCase() === 'set-cookie') target.append(key, value);
    else target.set(key, value);
  }
}

/** Fault dotenv-served: what /.env holds. No real secret: a look-alike that the leak check recognises by shape. */
export const DOTENV_LOOKALIKE =
  'CLERK_SECRET_KEY=sk_live_FAULTDEMOFAULTDEMOFAULTDEMO\nDATABASE_URL=postgres://app@db/app\n';

/** A whole response that replaces the app's own for this path while a fault is on (.env served, ...). */
export interface FaultResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/**
 * Call first for every request the app handles (before auth); when it returns a response, send it as is.
 * Keeps file-serving and error-page faults identical in both apps.
 */
export function faultResponse(pathname: string): FaultResponse | undefined {
  // fapi-proxy-missing: no Frontend API proxy on this deploy; /__clerk is just an unknown path.
  if (faultOn('fapi-proxy-missing') && (pathname === CLERK_PROXY_PATH || pathname.startsWith(`${CLERK_PROXY_PATH}/`))) {
    return { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' }, body: 'Not Found' };
  }
  if (faultOn('dotenv-served') && (pathname === '/.env' || pathname === '/.env.local')) {
    return {
      status: 200,
      headers: { 'Content-Type': 'text/plain' },
      body: DOTENV_LOOKALIKE,
    };
  }
  if (faultOn('stack-trace-in-error') && pathname.startsWith(UNKNOWN_API_PREFIX)) {
    return {
      status: 500,
      headers: { 'Content-Type': 'text/html; charset=utf-8' },
      body:
        `<!DOCTYPE html><h1>Internal Server Error</h1><pre>TypeError: Cannot read properties of ` +
        `undefined (reading 'id')\n    at handler (/app/src/routes/api.ts:42:17)\n    at ` +
        `process.processTicksAndRejections (node:internal/process/task_queues:95:5)</pre>`,
    };
  }
  if (faultOn('unknown-route-soft-404') && !KNOWN_PATH.test(pathname) && !pathname.includes('.')) {
    return {
      status: 200,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
      body: SOFT_404_PAGE,
    };
  }
  return undefined;
}

// Fault unknown-route-soft-404: a catch-all route answers every path the app does not know (no file
// extension) with 200 and a generic page. The app's own routes, Clerk's proxy and framework files are left alone.
const KNOWN_PATH =
  /^\/(?:$|sign-in(?:\/|$)|sign-up(?:\/|$)|dashboard(?:\/|$)|api(?:\/|$)|__clerk(?:\/|$)|_next(?:\/|$))/;
const SOFT_404_PAGE =
  '<!DOCTYPE html><html><head><title>Welcome</title></head><body><h1>Welcome</h1><p>Sorry, ' +
  'something went wrong. <a href="/">Go home</a>.</p></body></html>';
