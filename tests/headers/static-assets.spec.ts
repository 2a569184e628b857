// Static assets: the first same-origin script bundles a public page loads are cached long and do not pass
// through Clerk's middleware (the production checklist's middleware-matcher item).
import { judgeStaticAsset } from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { sameOriginScripts } from './page-scripts.ts';
import { FAPI_PROXY_PATH } from '../../src/clerk/clerk-origin.ts';

const profile = suiteProfile();
const page = profile.routes.publicPages[0] ?? '/';

test(
  `GET ${page} -> its script bundles are cached long, outside Clerk middleware`,
  check('headers.static-assets'),
  async ({ request, probe }) => {
    const html = await request.get(page, { failOnStatusCode: false });
    // Clerk's own bundles come through the FAPI proxy: that route is the middleware's by design.
    const bundles = sameOriginScripts(await html.text(), html.url())
      .filter((url) => !new URL(url).pathname.startsWith(FAPI_PROXY_PATH))
      .slice(0, 3);
    test.skip(bundles.length === 0, `${page} references no same-origin script: nothing to judge.`);
    for (const url of bundles) expect(judgeStaticAsset(await probe(url))).toPassCheck();
  },
);
