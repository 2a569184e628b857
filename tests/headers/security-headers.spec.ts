// Security headers on every page and API route the profile names, as the signed-out public sees them.
import {
  judgeCsp,
  judgeCspClerk,
  judgeFrameProtection,
  judgeHsts,
  judgeNoFingerprint,
  judgeNosniff,
  judgePermissionsPolicy,
  judgeReferrerPolicy,
} from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { skipUnlessJudged } from '../../fixtures/matchers.ts';
import { fapiOrigin } from '../../src/clerk/clerk-origin.ts';

const profile = suiteProfile();
const paths = [...new Set([...profile.routes.publicPages, ...profile.routes.publicApi])];
// CSP governs documents; API JSON has nothing for it to restrict.
const pages = [
  ...new Set([...profile.routes.publicPages, profile.paths.signIn].filter((path) => path.startsWith('/'))),
];

for (const path of paths) {
  test(`GET ${path} -> frame protection`, check('headers.frame-protection'), async ({ probe }) => {
    expect(judgeFrameProtection(await probe(path))).toPassCheck();
  });

  test(`GET ${path} -> X-Content-Type-Options: nosniff`, check('headers.nosniff'), async ({ probe }) => {
    expect(judgeNosniff(await probe(path))).toPassCheck();
  });

  test(`GET ${path} -> Strict-Transport-Security`, check('headers.hsts'), async ({ probe }) => {
    const verdict = judgeHsts(await probe(path), profile.headers, { environment: profile.environment });
    skipUnlessJudged(verdict);
    expect(verdict).toPassCheck();
  });

  test(`GET ${path} -> Referrer-Policy private`, check('headers.referrer-policy'), async ({ probe }) => {
    expect(judgeReferrerPolicy(await probe(path))).toPassCheck();
  });

  test(`GET ${path} -> no framework or version headers`, check('headers.no-fingerprint'), async ({ probe }) => {
    expect(judgeNoFingerprint(await probe(path))).toPassCheck();
  });
}

for (const path of pages) {
  test(`GET ${path} -> Permissions-Policy`, check('headers.permissions-policy'), async ({ probe }) => {
    expect(judgePermissionsPolicy(await probe(path))).toPassCheck();
  });

  test(`GET ${path} -> Content-Security-Policy enforced`, check('headers.csp'), async ({ probe }) => {
    // The bundled reference apps are production builds whatever Clerk instance they use: hold them to it.
    expect(
      judgeCsp(await probe(path), { production: profile.environment === 'production' || profile.embedded }),
    ).toPassCheck();
  });

  test(`GET ${path} -> CSP allows Clerk`, check('headers.csp-clerk'), async ({ probe }) => {
    const evidence = await probe(path);
    const verdict = judgeCspClerk(evidence, { fapiOrigin: await fapiOrigin(profile, probe) });
    skipUnlessJudged(verdict);
    expect(verdict).toPassCheck();
  });
}
