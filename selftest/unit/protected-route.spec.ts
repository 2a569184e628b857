// The auth boundary judges on canned responses, covering how real apps deny: 401/403, Next's
// protect-rewrite 404, a redirect to sign-in (also for API routes behind proxy.ts), and Clerk's handshake.
import { expect, test } from '@playwright/test';
import { judgeSignedInAllowed, judgeSignedOutDenied } from '../../src/checks/index.ts';
import { evidence } from './helpers.ts';

const route = { path: '/api/me', method: 'GET', denied: [401, 403, 404], allowed: [200] };
const profile = { paths: { signIn: '/sign-in' } };
const url = 'https://app.example.com/api/me';

test.describe('signed out -> denied', () => {
  const judge = (
    status: number,
    extra: Parameters<typeof evidence>[0] = {},
    context: { paths: { signIn: string } } = profile,
  ) => judgeSignedOutDenied(evidence({ url, status, ...extra }), route, context);

  test('a denied status passes', () => {
    for (const status of [401, 403, 404])
      expect(judge(status), String(status)).toMatchObject({
        pass: true,
        id: 'api.protected.signed-out-denied',
        title: 'GET /api/me signed out -> denied',
        url,
      });
    expect(judge(404, { headers: { 'x-clerk-auth-reason': 'protect-rewrite' } }).pass).toBe(true);
  });

  test('a redirect to the sign-in page passes (relative, absolute, catch-all sub-path)', () => {
    expect(judge(307, { location: '/sign-in?redirect_url=https%3A%2F%2Fapp.example.com%2Fapi%2Fme' }).pass).toBe(true);
    expect(judge(302, { location: 'https://app.example.com/sign-in/' }).pass).toBe(true);
    expect(judge(307, { location: '/sign-in/factor-one' }).pass).toBe(true);
    expect(judge(307, { location: 'https://accounts.example.com/sign-in' }).pass).toBe(true);
    expect(judge(307, { location: 'https://happy-cat-12.accounts.dev/sign-in' }).pass).toBe(true);
  });

  test("a redirect to Clerk's handshake passes", () => {
    expect(
      judge(307, { location: 'https://clerk.example.com/v1/client/handshake?redirect_url=x&format=nonce' }).pass,
    ).toBe(true);
    expect(judge(307, { location: '/__clerk/v1/client/handshake?redirect_url=x' }).pass).toBe(true);
    expect(judge(307, { location: '/api/me?__clerk_handshake=eyJ' }).pass).toBe(true);
    expect(judge(307, { location: '/api/me?__clerk_handshake_nonce=abc' }).pass).toBe(true);
  });

  test('an Account Portal sign-in URL in the profile must match exactly', () => {
    const portal = { paths: { signIn: 'https://accounts.example.com/sign-in' } };
    expect(judge(307, { location: 'https://accounts.example.com/sign-in?redirect_url=x' }, portal).pass).toBe(true);
    expect(judge(307, { location: 'https://evil.example.net/sign-in' }, portal).pass).toBe(false);
  });

  test('a 2xx fails, and the fix says to add the route to the protected matcher', () => {
    const verdict = judge(200, { bodyExcerpt: '{"userId":null}' });
    expect(verdict.pass).toBe(false);
    expect(verdict.actual).toBe('200; body: {"userId":null}');
    expect(verdict.fix).toContain("add '/api/me(.*)' to the createRouteMatcher");
    expect(verdict.fix).toContain('auth.protect()');
  });

  test('a redirect elsewhere, a crash and an unlisted status fail with their own fix', () => {
    expect(judge(308, { location: '/api/me/' }).fix).toContain('set CGL_SIGN_IN_PATH');
    expect(judge(307, { location: 'https://elsewhere.example.net/sign-in' }).pass).toBe(false);
    expect(judge(302).fix).toContain('no usable Location');
    expect(judge(500).fix).toContain('crashes for a signed-out request');
    expect(judge(418).fix).toContain('add it to this route\'s "denied" statuses');
  });

  test('a route with :params is named by its pattern in the protect fix', () => {
    const verdict = judgeSignedOutDenied(
      evidence({ url, status: 201 }),
      { path: '/api/orgs/org_1/notes', pattern: '/api/orgs/:orgId/notes', method: 'POST' },
      profile,
    );
    expect(verdict.title).toBe('POST /api/orgs/org_1/notes signed out -> denied');
    expect(verdict.fix).toContain("add '/api/orgs/:orgId/notes(.*)' to the createRouteMatcher");
  });

  test('a 400 or 422 signed out says the body is probably wrong, never "add it to denied"', () => {
    for (const status of [400, 422]) {
      const { fix } = judge(status);
      expect(fix).toContain('it needs a request body');
      expect(fix).toContain('"body" (JSON) or "form"');
      expect(fix).toContain(`Do not add ${status} to "denied"`);
      expect(fix).not.toMatch(/add it to/);
    }
  });

  test('page routes get their own check id', () => {
    const verdict = judgeSignedOutDenied(
      evidence({ status: 307, location: '/sign-in' }),
      { path: '/dashboard' },
      { ...profile, kind: 'page' },
    );
    expect(verdict).toMatchObject({
      pass: true,
      id: 'auth.protected-page.signed-out-denied',
      title: 'GET /dashboard signed out -> denied',
    });
  });
});

test.describe('signed in -> allowed', () => {
  const judge = (status: number, extra: Parameters<typeof evidence>[0] = {}) =>
    judgeSignedInAllowed(evidence({ url, status, ...extra }), route, { userId: 'user_123' });

  test('an allowed status whose body names the user passes', () => {
    expect(judge(200, { bodyExcerpt: '{"userId":"user_123"}' })).toMatchObject({
      pass: true,
      id: 'api.protected.signed-in-allowed',
      fix: '',
    });
    expect(judgeSignedInAllowed(evidence({ url, status: 200 }), route).pass, 'no user id to look for').toBe(true);
  });

  test('a body without the user id fails', () => {
    const verdict = judge(200, { bodyExcerpt: '{"userId":null}' });
    expect(verdict.pass).toBe(false);
    expect(verdict.expected).toContain('user_123');
    expect(verdict.fix).toContain('does not name the signed-in user user_123');
  });

  test('a 404 signed in says the route does not exist: fix the profile', () => {
    expect(judge(404).fix).toContain('does not exist on the target (404 signed in): fix the profile');
  });

  test("a 404 from Clerk's protect-rewrite, a 401 and a redirect to sign-in say the session was not accepted", () => {
    const rewrite = judge(404, {
      headers: { 'x-clerk-auth-reason': 'protect-rewrite', 'x-clerk-auth-status': 'signed-out' },
    });
    expect(rewrite.fix).toContain('did not accept the signed-in session');
    expect(rewrite.actual).toContain('x-clerk-auth-reason: protect-rewrite');
    expect(judge(401).fix).toContain('did not accept the signed-in session');
    expect(judge(307, { location: '/sign-in?redirect_url=x' }).fix).toContain('did not accept the signed-in session');
    expect(judge(403).fix).toContain('lacks the role or permission');
  });

  test('other failures', () => {
    expect(judge(302, { location: '/api/v2/me' }).fix).toContain('redirects to /api/v2/me');
    expect(judge(502).fix).toContain('crashes for a signed-in request');
    expect(judge(204).fix).toContain('add it to this route');
  });
});

test('a route that is 404 signed in too is a profile error, not "protected"', () => {
  const url404 = 'https://app.example.com/api/typo';
  const route404 = { path: '/api/typo', method: 'GET', denied: [401, 403, 404], allowed: [200] };
  const verdict = judgeSignedOutDenied(evidence({ url: url404, status: 404 }), route404, {
    paths: { signIn: '/sign-in' },
    signedIn: evidence({ url: url404, status: 404 }),
  });
  expect(verdict.pass).toBe(false);
  expect(verdict.fix).toMatch(/^PROFILE ERROR/);
  // Clerk's protect-rewrite 404 signed out, 200 signed in: protected.
  expect(
    judgeSignedOutDenied(
      evidence({ url: url404, status: 404, headers: { 'x-clerk-auth-reason': 'protect-rewrite' } }),
      route404,
      { paths: { signIn: '/sign-in' } },
    ).pass,
  ).toBe(true);
});
