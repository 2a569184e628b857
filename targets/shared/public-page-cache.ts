// The public pages that are the same for every visitor (no per-user content: the navigation is drawn by clerk-js
// in the browser; no cookie set) are sent cacheable by a CDN, as the checklist's ISR/SSG and CDN items ask. Only
// a page's 200 is: a redirect (Clerk's handshake, a sign-in redirect) is never made cacheable. Fault
// public-page-no-store: they are sent no-store like every per-user page. Must stay free of Node APIs: the
// Next.js middleware (edge runtime) imports it.
import { faultOn } from '../faults.ts';
import { protectedByAuthFault } from './auth-faults.ts';

/** The home page; the Hono app's is at the same path. */
const SAME_FOR_EVERYONE = new Set(['/']);
export const PUBLIC_PAGE_CACHE = 'public, max-age=60, s-maxage=300';

/** The Cache-Control for the 200 of `pathname` when it is a page the same for everyone, else null. */
export function publicPageCacheControl(pathname: string): string | null {
  if (!SAME_FOR_EVERYONE.has(pathname) || protectedByAuthFault(pathname)) return null;
  return faultOn('public-page-no-store') ? 'no-store' : PUBLIC_PAGE_CACHE;
}
