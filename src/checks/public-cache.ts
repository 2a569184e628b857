// A public page that is the same for everyone could be served from a CDN (the checklist's ISR/SSG and CDN
// items); sending it `no-store` (or `private`) makes every visit hit the app. Judged only where caching it is
// honest: the signed-out answer is a 2xx without Set-Cookie, and it is the same answer twice signed out and once
// signed in (same status and body: no per-user or per-request content such as a CSP nonce). Anything else is
// not a candidate (a skip that says why). Protected pages are judged the other way (shared-cache.ts).
import { fixFor } from './framework.ts';
import { isSuccess, pathOf, type ResponseEvidence } from './evidence.ts';
import { quoteHeader, type Verdict } from './verdict.ts';

export interface PublicPageAnswers {
  /** Two signed-out answers (no cookies) and one signed-in answer, bodies read whole enough to compare. */
  signedOut: ResponseEvidence;
  signedOutAgain: ResponseEvidence;
  signedIn: ResponseEvidence;
}

/** The directive that keeps every cache from storing the page, or null. */
export function uncacheableDirective(cacheControl: string | undefined): string | null {
  const names = (cacheControl ?? '').split(',').map((part) => part.trim().split('=')[0]!.toLowerCase());
  return names.find((name) => name === 'no-store' || name === 'private') ?? null;
}

/** Why the page is not one a CDN could serve to everyone, or null when it is. */
export function notCacheableBecause({ signedOut, signedOutAgain, signedIn }: PublicPageAnswers): string | null {
  if (!isSuccess(signedOut.status)) return `it answers ${signedOut.status} signed out`;
  if (signedOut.headers['set-cookie'] !== undefined) return 'it sets a cookie signed out (Set-Cookie)';
  const same = (other: ResponseEvidence) =>
    other.status === signedOut.status && other.bodyExcerpt === signedOut.bodyExcerpt;
  if (!same(signedOutAgain)) return 'it differs between two signed-out requests (per-request content, e.g. a nonce)';
  if (!same(signedIn)) return 'the signed-in answer differs (per-user content)';
  return null;
}

export function judgePublicPageCacheable(answers: PublicPageAnswers): Verdict {
  const { signedOut } = answers;
  const value = signedOut.headers['cache-control'];
  const base = {
    id: 'api.public-page.cacheable',
    title: `GET ${pathOf(signedOut.url)} public, the same for everyone -> cacheable (not no-store)`,
    url: signedOut.url,
    expected: 'a page the same for every visitor, without Set-Cookie, is not sent no-store or private',
    actual: `${signedOut.status}; ${quoteHeader('Cache-Control', value)}`,
  } as const;
  const why = notCacheableBecause(answers);
  if (why !== null) return { ...base, pass: true, fix: '', skip: `Not a page a CDN could serve to everyone: ${why}.` };
  const directive = uncacheableDirective(value);
  if (directive === null) return { ...base, pass: true, fix: '' };
  return {
    ...base,
    pass: false,
    fix: `This page is the same for every visitor and sets no cookie, yet "${directive}" keeps every CDN from serving it, so each visit renders it again. ${fixFor(
      {
        nextjs:
          'Let Next.js prerender it (no cookies()/headers()/auth() in the page, no `dynamic = "force-dynamic"`): it is then sent with s-maxage and served from the CDN, or set `export const revalidate = 3600` (ISR).',
        express:
          "Send res.set('Cache-Control', 'public, max-age=300, s-maxage=3600') on this route (only on pages that never vary by user).",
        generic:
          'Send Cache-Control: public, max-age=300, s-maxage=3600 on this route (only on pages that never vary by user).',
        any: 'Prerender it (Next.js: static or ISR) or send Cache-Control: public, max-age=300, s-maxage=3600 on it.',
      },
    )} Keep no-store on pages that vary by user.`,
  };
}
