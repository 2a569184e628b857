// The auth and API judges other than the route boundary: token lifetime/azp, open redirects, shared caches,
// CORS, public routes, protected pages followed to sign-in, and sign-out.
import { expect, test } from '@playwright/test';
import {
  judgeCorsCredentials,
  judgeNoOpenRedirect,
  judgeNoSharedCache,
  judgeNoSignedInContentAfterSignOut,
  judgeProtectedPageSignedOut,
  judgeAfterSignInDestination,
  judgeForeignOriginTokenRefused,
  judgePublicSignedOut,
  judgeSignedOut,
  judgeTokenAzp,
  judgeTokenLifetime,
  sharedCachePermission,
} from '../../src/checks/index.ts';
import { evidence, withHeaders } from './helpers.ts';

const app = 'https://app.example.com';

test('token lifetime: within the bound passes, an hour fails, no token skips', () => {
  const ctx = { url: app, maxSeconds: 60, source: 'cookie' };
  expect(judgeTokenLifetime({ iat: 100, exp: 160 }, ctx).pass).toBe(true);
  const long = judgeTokenLifetime({ iat: 100, exp: 3700 }, ctx);
  expect(long).toMatchObject({ pass: false, id: 'auth.session-token.bounded' });
  expect(long.actual).toContain('3600 s');
  expect(judgeTokenLifetime({ iat: 100 }, ctx).pass).toBe(false);
  expect(judgeTokenLifetime(null, ctx).skip).toBeDefined();
});

test('token azp: the target origin or none passes, another origin fails', () => {
  const ctx = { url: app, origins: [app], source: 'cookie' };
  expect(judgeTokenAzp({ azp: app }, ctx).pass).toBe(true);
  expect(judgeTokenAzp({}, ctx).pass).toBe(true);
  expect(judgeTokenAzp({ azp: 'https://evil.example' }, ctx).pass).toBe(false);
});

test(
  'a genuine token for another origin: accepted fails naming authorizedParties, refused ' +
    'passes, an open route skips',
  () => {
    const route = { path: '/api/me', method: 'GET' };
    const ctx = {
      foreignOrigin: 'https://evil.example',
      paths: { signIn: '/sign-in' },
      signedOut: evidence({ url: `${app}/api/me`, status: 401 }),
    };
    const accepted = judgeForeignOriginTokenRefused(
      evidence({ url: `${app}/api/me`, status: 200, bodyExcerpt: '{"userId":"user_1"}' }),
      route,
      ctx,
    );
    expect(accepted).toMatchObject({ pass: false, id: 'auth.session-token.bounded' });
    expect(accepted.fix).toMatch(/^SECURITY: the route ACCEPTED a genuine session token issued for another origin/);
    expect(accepted.fix).toContain('authorizedParties');
    expect(accepted.title).toContain('azp https://evil.example');
    expect(judgeForeignOriginTokenRefused(evidence({ url: `${app}/api/me`, status: 401 }), route, ctx).pass).toBe(true);
    const open = judgeForeignOriginTokenRefused(evidence({ url: `${app}/api/me`, status: 200 }), route, {
      ...ctx,
      signedOut: evidence({ url: `${app}/api/me`, status: 200 }),
    });
    expect(open.skip).toContain('without any token');
  },
);

test(
  'after-sign-in destination: on the target passes, off-site fails loudly, a refused load ' + 'passes, no load skips',
  () => {
    const base = { url: `${app}/sign-in?redirect_url=x`, attempted: '//evil.example/phish' };
    expect(judgeAfterSignInDestination({ ...base, destination: `${app}/dashboard` }, [app]).pass).toBe(true);
    const off = judgeAfterSignInDestination({ ...base, destination: 'https://evil.example/phish' }, [app]);
    expect(off).toMatchObject({ pass: false, id: 'auth.sign-in.no-open-redirect' });
    expect(off.fix).toMatch(/^SECURITY: .*allowedRedirectOrigins/);
    const refused = judgeAfterSignInDestination(
      { ...base, destination: null, refused: "TypeError: Failed to construct 'URL': Invalid URL" },
      [app],
    );
    expect(refused.pass).toBe(true);
    expect(refused.actual).toContain('nobody can sign in from this link');
    expect(judgeAfterSignInDestination({ ...base, destination: null }, [app]).skip).toBeTruthy();
  },
);

test('open redirect: off-origin navigations fail, same-origin ones pass', () => {
  const base = { url: `${app}/sign-in?redirect_url=x`, attempted: '//evil.example' };
  expect(judgeNoOpenRedirect({ ...base, navigations: [`${app}/sign-in`, `${app}/dashboard`] }, [app]).pass).toBe(true);
  const bad = judgeNoOpenRedirect({ ...base, navigations: [`${app}/sign-in`, 'https://evil.example/phish'] }, [app]);
  expect(bad).toMatchObject({ pass: false, id: 'auth.sign-in.no-open-redirect' });
  expect(bad.fix).toMatch(/^SECURITY/);
  // Look-alike hosts are other origins.
  expect(judgeNoOpenRedirect({ ...base, navigations: ['https://app.example.com.evil.example/'] }, [app]).pass).toBe(
    false,
  );
});

test('shared cache: public and s-maxage grant it unless private/no-store', () => {
  expect(sharedCachePermission('public, max-age=300')).toBe('public');
  expect(sharedCachePermission('s-maxage=60')).toBe('s-maxage');
  expect(sharedCachePermission('private, no-store')).toBeNull();
  expect(sharedCachePermission('public, no-store')).toBeNull();
  expect(sharedCachePermission(undefined)).toBeNull();
  expect(
    judgeNoSharedCache(withHeaders({ 'Cache-Control': 'public, s-maxage=300' }, `${app}/dashboard`)),
  ).toMatchObject({ pass: false, id: 'api.protected.no-shared-cache' });
  expect(
    judgeNoSharedCache(withHeaders({ 'Cache-Control': 'private, no-cache, no-store' }, `${app}/dashboard`)).pass,
  ).toBe(true);
});

test('signed-out content: the signed-in marker in the signed-out body fails', () => {
  expect(
    judgeNoSignedInContentAfterSignOut(evidence({ status: 401, bodyExcerpt: '{"error":"unauthenticated"}' }), [
      'user_abc',
    ]).pass,
  ).toBe(true);
  expect(
    judgeNoSignedInContentAfterSignOut(evidence({ status: 200, bodyExcerpt: '{"userId":"user_abc"}' }), ['user_abc'])
      .pass,
  ).toBe(false);
});

test('signed-out content: an answer naming nobody fails when the signed-out one is the same 2xx', () => {
  const signedIn = evidence({ status: 200, bodyExcerpt: '{"projects":[]}' });
  expect(judgeNoSignedInContentAfterSignOut(evidence({ status: 401, bodyExcerpt: '{}' }), [], signedIn).pass).toBe(
    true,
  );
  const replayed = judgeNoSignedInContentAfterSignOut(
    evidence({ status: 200, bodyExcerpt: '{"projects":[]}' }),
    [],
    signedIn,
  );
  expect(replayed).toMatchObject({ pass: false, id: 'api.protected.no-shared-cache' });
  expect(replayed.fix).toContain('exactly the signed-in answer (200, same body)');
  // A public answer that differs (a sign-in page, a teaser) is not the signed-in one.
  expect(
    judgeNoSignedInContentAfterSignOut(evidence({ status: 200, bodyExcerpt: '<h1>Sign in</h1>' }), [], signedIn).pass,
  ).toBe(true);
});

test('CORS: echoed origin or null WITH credentials are readable, a wildcard a misconfiguration; others pass', () => {
  const cors = (acao: string | undefined, acac?: string) =>
    judgeCorsCredentials(
      withHeaders(
        {
          ...(acao && { 'Access-Control-Allow-Origin': acao }),
          ...(acac && { 'Access-Control-Allow-Credentials': acac }),
        },
        `${app}/api/me`,
      ),
      'https://evil.example',
    );
  expect(cors('https://evil.example', 'true')).toMatchObject({ pass: false, id: 'api.protected.cors' });
  // Browsers refuse * with credentials: a misconfiguration that must not claim the answer is readable.
  const wildcard = cors('*', 'true');
  expect(wildcard.pass).toBe(false);
  expect(wildcard.fix).toContain('no other site can read this answer');
  expect(wildcard.fix).not.toContain('SECURITY');
  expect(wildcard.fix).not.toContain('can call it with their cookies and read');
  // "null" is sent by sandboxed frames on any site, and browsers let them read a credentialed answer.
  const nullOrigin = cors('null', 'true');
  expect(nullOrigin.pass).toBe(false);
  expect(nullOrigin.fix).toContain('sandboxed or data: iframe');
  expect(nullOrigin.fix).toContain('read the answer');
  expect(cors('https://evil.example', 'true').fix).toContain("the request's Origin echoed back");
  expect(cors('*').pass).toBe(true);
  expect(cors(app, 'true').pass).toBe(true);
  expect(cors(undefined).pass).toBe(true);
});

test('public route: a 2xx passes; ending on sign-in or a 401 fails; a bare 404 is a profile error', () => {
  const route = { path: '/', url: `${app}/`, kind: 'page' as const };
  const ctx = { paths: { signIn: '/sign-in' } };
  expect(judgePublicSignedOut(evidence({ url: `${app}/`, status: 200 }), route, ctx).pass).toBe(true);
  expect(
    judgePublicSignedOut(evidence({ url: `${app}/sign-in?redirect_url=%2F`, status: 200 }), route, ctx),
  ).toMatchObject({ pass: false, id: 'auth.public-page.signed-out' });
  const api = { path: '/api/public/health', url: `${app}/api/public/health`, kind: 'api' as const };
  expect(judgePublicSignedOut(evidence({ url: api.url, status: 401 }), api, ctx)).toMatchObject({
    pass: false,
    id: 'api.public.signed-out-allowed',
  });
  expect(judgePublicSignedOut(evidence({ url: api.url, status: 404 }), api, ctx).fix).toContain('does not exist');
});

test('protected page followed signed out: must end on sign-in with redirect_url back to the page', () => {
  const page = { path: '/dashboard', url: `${app}/dashboard` };
  const ctx = { paths: { signIn: '/sign-in' } };
  const back = encodeURIComponent(`${app}/dashboard`);
  expect(
    judgeProtectedPageSignedOut(evidence({ url: `${app}/sign-in?redirect_url=${back}`, status: 200 }), page, ctx).pass,
  ).toBe(true);
  expect(judgeProtectedPageSignedOut(evidence({ url: `${app}/sign-in`, status: 200 }), page, ctx).fix).toContain(
    'way back',
  );
  const open = judgeProtectedPageSignedOut(evidence({ url: `${app}/dashboard`, status: 200 }), page, ctx);
  expect(open).toMatchObject({ pass: false, id: 'auth.protected-page.signed-out-denied' });
  expect(open.fix).toMatch(/^SECURITY/);
});

test('sign-out: any sign of the session left fails', () => {
  const clean = {
    url: `${app}/`,
    sessionCookies: [''],
    protectedPage: { path: '/dashboard', finalUrl: `${app}/sign-in`, showsUser: false },
    protectedApi: { name: 'GET /api/me', status: 404, showsUser: false },
    signedInAgain: false,
  };
  const ctx = { paths: { signIn: '/sign-in' } };
  expect(judgeSignedOut(clean, ctx).pass).toBe(true);
  expect(judgeSignedOut({ ...clean, sessionCookies: ['eyJ...'] }, ctx).pass).toBe(false);
  expect(
    judgeSignedOut({ ...clean, protectedApi: { ...clean.protectedApi, status: 200, showsUser: true } }, ctx).pass,
  ).toBe(false);
  // A route that is simply unprotected is not sign-out's failure (its own check catches it).
  expect(judgeSignedOut({ ...clean, protectedApi: { ...clean.protectedApi, status: 200 } }, ctx).pass).toBe(true);
});
