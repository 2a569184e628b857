// Pages as a signed-out visitor meets them, with Playwright's request context (no browser): protected pages end
// on the sign-in page carrying the way back, public pages render. Clerk's handshake hops are followed.
import { judgeProtectedPageSignedOut, judgePublicSignedOut } from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { skipWhenNoRoutes } from '../../fixtures/routes.ts';

const profile = suiteProfile();
// What a browser sends for a top-level navigation: Clerk treats the request as a page (redirects, handshake).
const NAVIGATION = {
  accept: 'text/html,application/xhtml+xml',
  'sec-fetch-dest': 'document',
  'sec-fetch-mode': 'navigate',
};

skipWhenNoRoutes(profile, 'protectedPages', 'auth.protected-page.signed-out-denied');
skipWhenNoRoutes(profile, 'publicPages', 'auth.public-page.signed-out');

for (const path of profile.routes.protectedPages) {
  test(
    `GET ${path} signed out -> redirected to sign-in with the way back`,
    check('auth.protected-page.signed-out-denied'),
    async ({ probe }) => {
      const final = await probe(path, { follow: true, headers: NAVIGATION });
      expect(
        judgeProtectedPageSignedOut(
          final,
          { path, url: new URL(path, profile.baseURL).href },
          { paths: profile.paths },
        ),
      ).toPassCheck();
    },
  );
}

for (const path of profile.routes.publicPages) {
  test(
    `GET ${path} signed out -> 2xx, not sent to sign-in`,
    check('auth.public-page.signed-out'),
    async ({ probe }) => {
      const final = await probe(path, { follow: true, headers: NAVIGATION });
      expect(
        judgePublicSignedOut(
          final,
          { path, url: new URL(path, profile.baseURL).href, kind: 'page' },
          { paths: profile.paths },
        ),
      ).toPassCheck();
    },
  );
}
