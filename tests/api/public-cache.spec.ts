// Public pages the same for everyone should be cacheable by a CDN: each public page is fetched twice signed out
// (no cookies, no redirects followed) and once signed in; when the answers are one and the same 2xx without
// Set-Cookie, a no-store or private Cache-Control is reported (src/checks/public-cache.ts; low severity: a
// performance finding). A page that varies, redirects or sets cookies is skipped with the reason.
import { judgePublicPageCacheable } from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { skipUnlessJudged } from '../../fixtures/matchers.ts';
import { skipWhenNoRoutes } from '../../fixtures/routes.ts';

const profile = suiteProfile();
const BODY_BYTES = 512 * 1024;
const NAVIGATION = {
  accept: 'text/html,application/xhtml+xml',
  'sec-fetch-dest': 'document',
  'sec-fetch-mode': 'navigate',
};

skipWhenNoRoutes(profile, 'publicPages', 'api.public-page.cacheable');

for (const path of profile.routes.publicPages) {
  test(
    `GET ${path} public, the same for everyone -> cacheable (not no-store)`,
    check('api.public-page.cacheable'),
    async ({ probe, signedInRequest }) => {
      const options = { headers: NAVIGATION, bodyBytes: BODY_BYTES };
      const signedOut = await probe(path, options);
      const signedOutAgain = await probe(path, options);
      const signedIn = await probe(path, { ...options, via: signedInRequest });
      const verdict = judgePublicPageCacheable({ signedOut, signedOutAgain, signedIn });
      skipUnlessJudged(verdict);
      expect(verdict).toPassCheck();
    },
  );
}
