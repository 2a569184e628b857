// Signed-in responses must never be stored by a shared cache: checked on the headers of every protected page
// and API route, and by behaviour (fetched signed in, then signed out, the signed-out answer has no user data).
import { isSignedInAnswer, judgeNoSharedCache, judgeNoSignedInContentAfterSignOut } from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { routeRequest } from '../../fixtures/routes.ts';

const profile = suiteProfile();
const tags = check('api.protected.no-shared-cache');
const BODY_BYTES = 512 * 1024;
const PAGE_HEADERS = { accept: 'text/html', 'sec-fetch-dest': 'document', 'sec-fetch-mode': 'navigate' };

const targets = [
  ...profile.routes.protectedPages.map((path) => ({ path, method: 'GET', headers: PAGE_HEADERS })),
  ...profile.routes.protectedApi
    .filter((r) => r.method === 'GET')
    .map((r) => ({ path: r.path, method: r.method, headers: routeRequest(r).headers })),
];

if (targets.length === 0)
  test('Signed-in responses are not stored by shared caches (no GET routes)', tags, () => {
    test.skip(
      true,
      `${profile.routes.setBy.protectedPages} and ${profile.routes.setBy.protectedApi} list no protected page ` +
        'or GET API route: this check has nothing to probe.',
    );
  });

for (const target of targets) {
  test(
    `${target.method} ${target.path} signed in -> no shared-cache permission`,
    tags,
    async ({ probe, signedInRequest }) => {
      const evidence = await probe(target.path, {
        method: target.method,
        via: signedInRequest,
        headers: target.headers,
      });
      expect(
        evidence.status,
        `${target.path} signed in answers (a redirect would hide the real response's headers)`,
      ).toBeLessThan(300);
      expect(judgeNoSharedCache(evidence)).toPassCheck();
    },
  );

  test(
    `${target.method} ${target.path} fetched signed in, then signed out -> no signed-in content`,
    tags,
    async ({ probe, signedInRequest, user }) => {
      const signedIn = await probe(target.path, {
        method: target.method,
        via: signedInRequest,
        headers: target.headers,
        bodyBytes: BODY_BYTES,
      });
      // What the signed-in answer shows of the user; an answer naming nobody (a list of the user's items) is
      // compared whole with the signed-out one instead.
      const markers = [user.userId, profile.testUser?.email].filter(
        (marker): marker is string => marker !== undefined && signedIn.bodyExcerpt.includes(marker),
      );
      // Same URL, same headers, no cookies: what a shared cache keyed by URL would hand the next visitor.
      const withoutSession = { method: target.method, headers: target.headers, bodyBytes: BODY_BYTES };
      const signedOut = await probe(target.path, withoutSession);
      if (markers.length === 0) {
        // An answer naming nobody, compared whole: the same answer signed out at a URL no cache has seen means the
        // route serves it to anyone (api.protected.signed-out-denied judges that), not that a cache replayed it.
        const fresh = `${target.path}${target.path.includes('?') ? '&' : '?'}cgl-cache=${Date.now()}`;
        test.skip(
          isSignedInAnswer(await probe(fresh, withoutSession), signedIn),
          `${target.path} answers a signed-out request as it answers the user even past any cache: it is not protected (api.protected.signed-out-denied), so there is no cache to judge.`,
        );
      }
      expect(judgeNoSignedInContentAfterSignOut(signedOut, markers, signedIn)).toPassCheck();
    },
  );
}
