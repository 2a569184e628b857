// Security headers on every page and API route the profile names, as the signed-out public sees them.
import { loadProfile } from '../../src/config/index.ts';
import { judgeFrameProtection, judgeHsts, judgeNosniff } from '../../src/checks/index.ts';
import { check, expect, test } from '../../fixtures/index.ts';
import { skipUnlessJudged } from '../../fixtures/matchers.ts';

const profile = await loadProfile();
const paths = [...new Set([...profile.routes.publicPages, ...profile.routes.publicApi])];

for (const path of paths) {
  test(`GET ${path} -> frame protection`, { tag: ['@headers', '@smoke', '@prod-safe'], annotation: check('headers.frame-protection') }, async ({ probe }) => {
    expect(judgeFrameProtection(await probe(path))).toPassCheck();
  });

  test(`GET ${path} -> X-Content-Type-Options: nosniff`, { tag: ['@headers', '@smoke', '@prod-safe'], annotation: check('headers.nosniff') }, async ({ probe }) => {
    expect(judgeNosniff(await probe(path))).toPassCheck();
  });

  test(`GET ${path} -> Strict-Transport-Security`, { tag: ['@headers', '@smoke', '@prod-safe'], annotation: check('headers.hsts') }, async ({ probe }) => {
    const verdict = judgeHsts(await probe(path), profile.headers);
    skipUnlessJudged(verdict);
    expect(verdict).toPassCheck();
  });
}
