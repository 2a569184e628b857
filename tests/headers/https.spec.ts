// The https-only items: plain http redirects to https, and cookies are Secure (with safe SameSite, and the
// app's own session cookies HttpOnly; Clerk's cookies after sign-in: tests/auth/signed-in-headers.spec.ts). The embedded target proves them through the local https front
// (CGL_HTTPS=1); a real target is judged at its own http:// and https:// URLs.
import { judgeCookies, judgeHttpsRedirect, parseSetCookie, type CookieEvidence } from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { skipUnlessJudged } from '../../fixtures/matchers.ts';

const profile = suiteProfile();

/** The plain-http URL of the target: the embedded front's redirect port, else the same host on port 80. */
function plainHttpURL(): string | null {
  const base = new URL(profile.baseURL);
  if (base.protocol !== 'https:') return null;
  // CGL_HTTP_URL: set by the embedded stack (targets/https-front/embedded.ts) or by a user whose http port is not 80.
  const configured = profile.headers.httpURL;
  if (configured) return new URL(configured).origin;
  return `http://${base.hostname}`;
}

test('GET http:// -> redirects to https on the same host', check('headers.https-redirect'), async ({ probe }) => {
  // An http:// target is probed at its own URL: the judge fails a production one and skips the others.
  const httpURL = plainHttpURL() ?? new URL(profile.baseURL).origin;
  const verdict = judgeHttpsRedirect(await probe(`${httpURL}/`), {
    baseURL: profile.baseURL,
    environment: profile.environment,
  });
  skipUnlessJudged(verdict);
  expect(verdict).toPassCheck();
});

test('cookies set by the target -> safe attributes', check('headers.cookies'), async ({ request }) => {
  const cookies: CookieEvidence[] = [];
  const paths = [
    ...new Set(
      [...profile.routes.publicPages, profile.paths.signIn, ...profile.routes.publicApi].filter((p) =>
        p.startsWith('/'),
      ),
    ),
  ];
  for (const path of paths) {
    const response = await request.get(path, { maxRedirects: 0, failOnStatusCode: false });
    for (const header of response.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie')) {
      cookies.push(parseSetCookie(header.value, `Set-Cookie on GET ${path}`));
    }
  }
  expect(
    judgeCookies(cookies, { url: profile.baseURL, title: `cookies of ${profile.baseURL} -> safe attributes` }),
  ).toPassCheck();
});
