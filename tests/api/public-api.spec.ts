// Public API routes answer signed-out callers: health probes and public data must not sit behind sign-in.
import { judgePublicSignedOut } from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { skipWhenNoRoutes } from '../../fixtures/routes.ts';

const profile = suiteProfile();

skipWhenNoRoutes(profile, 'publicApi', 'api.public.signed-out-allowed');

for (const path of profile.routes.publicApi) {
  test(
    `GET ${path} signed out -> 2xx, not sent to sign-in`,
    check('api.public.signed-out-allowed'),
    async ({ probe }) => {
      const final = await probe(path, { follow: true, headers: { accept: 'application/json' } });
      expect(
        judgePublicSignedOut(
          final,
          { path, url: new URL(path, profile.baseURL).href, kind: 'api' },
          { paths: profile.paths },
        ),
      ).toPassCheck();
    },
  );
}
