// Which browser requests are "Clerk" for the outage drill: the Frontend API (the publishable key's host, the
// app's proxy path /__clerk, and any base the app was seen using), and clerk-js / @clerk/ui bundles wherever the
// app loads them from (its proxy, the FAPI host, a CDN such as jsdelivr). Pure, so unit tests pin it.
import { FAPI_PROXY_PATH } from '../clerk/clerk-origin.ts';

/** Clerk's browser bundles and their chunks: /npm/@clerk/clerk-js@6/dist/…, /@clerk/ui@1.36.0/dist/…. */
const CLERK_BUNDLE = /\/@clerk\/(clerk-js|ui)@[^/]+\/dist\//;

const trimSlash = (base: string) => base.replace(/\/+$/, '');

/** The Frontend API bases to fail: the key's host (with its path, for a proxy key) and the target's proxy path. */
export function clerkBases(frontendApi: string, baseURL: string): string[] {
  const key = trimSlash(`https://${frontendApi}`);
  return [...new Set([key, `${new URL(baseURL).origin}${FAPI_PROXY_PATH}`])];
}

/** A Frontend API request clerk-js made (it adds _clerk_js_version): the base it used, up to /v1. */
export function fapiBaseOf(url: string): string | null {
  const parsed = new URL(url);
  if (!parsed.searchParams.has('_clerk_js_version')) return null;
  const at = parsed.pathname.indexOf('/v1/');
  return at < 0 ? null : trimSlash(`${parsed.origin}${parsed.pathname.slice(0, at)}`);
}

/**
 * True for a request the outage fails: under one of `bases` (on a path boundary), a Clerk bundle, or one of
 * `scripts` (the clerk-js / @clerk/ui script URLs the app's pages name, wherever it hosts them).
 */
export function isClerkRequest(url: string, bases: readonly string[], scripts: readonly string[] = []): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (CLERK_BUNDLE.test(parsed.pathname)) return true;
  const bare = `${parsed.origin}${parsed.pathname}`;
  if (scripts.includes(bare)) return true;
  return bases.some((base) => bare === base || bare.startsWith(`${base}/`));
}

/** The script elements clerk-js and Clerk's SDKs mark (data-clerk-js-script, a publishable key attribute, …). */
export const CLERK_SCRIPT_SELECTOR =
  'script[data-clerk-js-script], script[data-clerk-ui-script], script[data-clerk-publishable-key]';

/** What a failing Frontend API answers: Clerk's error shape, with Retry-After. */
export const OUTAGE_503 = {
  status: 503,
  headers: { 'retry-after': '30', 'cache-control': 'no-store' },
  contentType: 'application/json',
  body: JSON.stringify({
    errors: [{ code: 'service_unavailable', message: 'Service unavailable', long_message: 'Clerk outage drill' }],
  }),
} as const;
