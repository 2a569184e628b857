// Fault page-cache-ignores-session: a full-page cache in front of the app, set up "for anonymous visitors":
// requests with cookies or an Authorization header bypass it, everyone else is served from it, keyed by URL
// only. Its mistake: it also stores what the app renders for the bypassing (signed-in) requests, so the
// protected /dashboard, rendered for a signed-in user, is handed to the next visitor without cookies. The
// response headers stay private: only the behaviour gives it away (what a CDN rule "cache HTML, bypass on
// cookie" does to a page that forgot to say no-store, or to one whose header the CDN overrides).
// Must stay free of Node APIs: the Next.js middleware (edge runtime) imports it.
import { faultOn } from '../faults.ts';

const PAGES = new Set(['/dashboard']);
const TTL_MS = 5 * 60_000;
/** Marks the cache's own request to the app (Next.js: a fetch from the middleware), which it must not answer. */
const FILL_HEADER = 'x-page-cache-fill';

const FORWARDED = [
  'accept',
  'accept-language',
  'authorization',
  'cookie',
  'user-agent',
  'sec-fetch-dest',
  'sec-fetch-mode',
  'sec-fetch-site',
  'x-forwarded-proto',
  'x-forwarded-host',
];

type HeaderOf = (name: string) => string | null | undefined;

interface CachedPage {
  body: string;
  contentType: string;
  storedAt: number;
}

// On globalThis: Next.js may load this module more than once in one server process.
const holder = globalThis as { __cglPageCache?: Map<string, CachedPage> };
const store = (holder.__cglPageCache ??= new Map<string, CachedPage>());

/**
 * True when the fault is on and this is a full-page GET of a cached page (not Next's RSC payload). `pages`: the
 * protected pages the cache keeps (default /dashboard; the Hono app's are its own).
 */
export function pageCacheApplies(
  method: string,
  pathname: string,
  header: HeaderOf,
  pages: ReadonlySet<string> = PAGES,
): boolean {
  if (!faultOn('page-cache-ignores-session') || method !== 'GET' || !pages.has(pathname) || header(FILL_HEADER))
    return false;
  return (header('accept') ?? '').includes('text/html') && !header('rsc');
}

/** The cache's notion of an anonymous visitor: no cookies, no Authorization header. */
export function isAnonymous(header: HeaderOf): boolean {
  return !header('cookie') && !header('authorization');
}

export function cachedPage(key: string): CachedPage | null {
  const page = store.get(key);
  return page && Date.now() - page.storedAt < TTL_MS ? page : null;
}

export function storePage(key: string, body: string, contentType: string): void {
  store.set(key, { body, contentType, storedAt: Date.now() });
}

/**
 * The cache for a web Request (Next.js middleware): a stored copy for an anonymous visitor, or, for a request
 * with cookies, the app's own answer (fetched once more, past the cache) after keeping a copy of it. Null:
 * the app answers as usual.
 */
export async function pageCacheResponse(request: Request): Promise<Response | null> {
  const url = new URL(request.url);
  const header: HeaderOf = (name) => request.headers.get(name);
  if (!pageCacheApplies(request.method, url.pathname, header)) return null;
  const key = url.pathname + url.search;
  if (isAnonymous(header)) {
    const hit = cachedPage(key);
    return hit ? new Response(hit.body, { status: 200, headers: { 'Content-Type': hit.contentType } }) : null;
  }
  // The visitor's own request headers, minus the server's internal ones (Next adds its own to a middleware request).
  const headers = new Headers({ [FILL_HEADER]: '1', 'accept-encoding': 'identity' });
  for (const name of FORWARDED) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  // The app itself listens on plain http (a TLS front, if any, sits before it), whatever scheme the URL names.
  const originUrl = new URL(url.href);
  originUrl.protocol = 'http:';
  const origin = await fetch(originUrl.href, { headers, redirect: 'manual' });
  const body = await origin.text();
  const contentType = origin.headers.get('content-type') ?? 'text/html; charset=utf-8';
  if (origin.status === 200) storePage(key, body, contentType);
  // Not the transfer headers (the body is re-sent decoded), nor the server's internal x-middleware-* ones.
  const copy = new Headers(origin.headers);
  for (const name of [...copy.keys()]) {
    if (['content-encoding', 'content-length', 'transfer-encoding'].includes(name) || name.startsWith('x-middleware-'))
      copy.delete(name);
  }
  return new Response(body, { status: origin.status, headers: copy });
}
