// Fix texts speak the target's framework: detected from its home page, or set in the profile.
import { expect, test } from '@playwright/test';
import {
  judgeCspClerk,
  judgeForgedTokenDenied,
  judgeFrameProtection,
  judgeHsts,
  judgeNoSharedCache,
  judgeProtectedPageSignedOut,
  judgePublicSignedOut,
  judgeSideEffect,
  judgeSignedOutDenied,
  judgeStaticAsset,
  judgeTokenAzp,
  judgeWebhookAccepted,
  judgeWebhookRejected,
  REJECTED_CASES,
  type Verdict,
} from '../../src/checks/index.ts';
import { detectFramework, fixFor, FRAMEWORKS, setFramework, type Framework } from '../../src/checks/framework.ts';
import { judgeNosniff } from '../../src/checks/nosniff.ts';
import { evidence, withHeaders } from './helpers.ts';

test.afterEach(() => setFramework(null));

test('Next.js shows itself by X-Powered-By, x-nextjs-* headers, Vary: RSC or /_next/ assets; Express by X-Powered-By', () => {
  expect(detectFramework(withHeaders({ 'X-Powered-By': 'Next.js' }))).toBe('nextjs');
  expect(detectFramework(withHeaders({ 'x-nextjs-cache': 'HIT' }))).toBe('nextjs');
  expect(detectFramework(withHeaders({ Vary: 'RSC, Next-Router-State-Tree, Accept-Encoding' }))).toBe('nextjs');
  expect(detectFramework(evidence({ bodyExcerpt: '<script src="/_next/static/chunks/main.js">' }))).toBe('nextjs');
  expect(detectFramework(withHeaders({ 'X-Powered-By': 'Express' }))).toBe('express');
  expect(detectFramework(withHeaders({ server: 'nginx' }))).toBeNull();
});

test('fixFor picks the framework’s variant, and every way while the framework is not known', () => {
  const fix = { nextjs: 'N', express: 'E', generic: 'G', any: 'A' };
  expect(fixFor(fix)).toBe('A');
  setFramework('express');
  expect(fixFor(fix)).toBe('E');
  setFramework('generic');
  expect(fixFor(fix)).toBe('G');
});

test("a judge's fix names Express's way for an Express target and Next.js's for a Next.js one", () => {
  setFramework('express');
  expect(judgeNosniff(withHeaders({})).fix).toContain('helmet()');
  expect(judgeNosniff(withHeaders({})).fix).not.toContain('next.config.js');
  setFramework('nextjs');
  expect(judgeNosniff(withHeaders({})).fix).toContain('next.config.js');
  expect(judgeNosniff(withHeaders({})).fix).not.toContain('helmet');
});

const app = 'https://app.example.com';
const signIn = { paths: { signIn: '/sign-in' } };
const apiRoute = { path: '/api/me', method: 'GET' };
const hook = `${app}/api/webhooks/clerk`;
const strictPolicy =
  "script-src 'nonce-abc' 'strict-dynamic'; connect-src https://clerk.example.com; " +
  "frame-src https://challenges.cloudflare.com; img-src https://img.clerk.com; worker-src 'self' blob:";

/**
 * A judge's fix in each framework: the marker its own remedy must name. Under one framework the fix names its
 * marker and none of the other two (so an Express target is not told to edit next.config.js).
 */
const CASES: { judge: string; verdict: () => Verdict; names: Record<Framework, string>; passes?: true }[] = [
  {
    judge: 'frame protection (no header)',
    verdict: () => judgeFrameProtection(withHeaders({})),
    names: { nextjs: 'next.config.js', express: 'helmet(', generic: 'server, proxy or CDN' },
  },
  {
    judge: 'HSTS (no header)',
    verdict: () =>
      judgeHsts(withHeaders({}), { hstsMinMaxAge: 15552000, requireHsts: true }, { environment: 'production' }),
    names: { nextjs: 'next.config.js', express: 'helmet()', generic: "server's, proxy's or CDN's" },
  },
  {
    judge: 'static asset through Clerk, not cached',
    verdict: () =>
      judgeStaticAsset(withHeaders({ 'x-clerk-auth-status': 'signed-out' }, `${app}/_next/static/chunks/main.js`)),
    names: { nextjs: 'proxy.ts', express: 'express.static(', generic: 'authenticateRequest()' },
  },
  {
    judge: 'nosniff (invalid value)',
    verdict: () => judgeNosniff(withHeaders({ 'X-Content-Type-Options': 'sniff' })),
    names: { nextjs: 'next.config.js', express: 'helmet()', generic: 'proxy or CDN' },
  },
  {
    judge: 'forged token accepted',
    verdict: () => judgeForgedTokenDenied(evidence({ url: `${app}/api/me` }), apiRoute, 'alg-none', signIn),
    names: { nextjs: 'auth.protect()', express: 'getAuth(req)', generic: 'verifyToken(' },
  },
  {
    judge: 'protected route crashes signed out',
    verdict: () => judgeSignedOutDenied(evidence({ url: `${app}/api/me`, status: 500 }), apiRoute, signIn),
    names: { nextjs: '(await auth()).userId', express: 'getAuth(req).userId', generic: 'authenticateRequest()' },
  },
  {
    judge: 'protected route redirects elsewhere',
    verdict: () =>
      judgeSignedOutDenied(evidence({ url: `${app}/api/me`, status: 302, location: '/home' }), apiRoute, signIn),
    names: { nextjs: 'auth.protect()', express: 'getAuth(req).userId', generic: 'authenticateRequest()' },
  },
  {
    judge: 'protected page loses the way back',
    verdict: () =>
      judgeProtectedPageSignedOut(
        evidence({ url: `${app}/sign-in` }),
        { path: '/dashboard', url: `${app}/dashboard` },
        signIn,
      ),
    names: { nextjs: 'redirectToSignIn(', express: 'encodeURIComponent(req.originalUrl)', generic: '?redirect_url=<' },
  },
  {
    judge: 'protected page renders signed out',
    verdict: () =>
      judgeProtectedPageSignedOut(
        evidence({ url: `${app}/dashboard` }),
        { path: '/dashboard', url: `${app}/dashboard` },
        signIn,
      ),
    names: { nextjs: 'auth.protect()', express: 'getAuth(req).userId', generic: 'authenticateRequest()' },
  },
  {
    judge: 'public route denies signed out',
    verdict: () =>
      judgePublicSignedOut(
        evidence({ url: `${app}/api/public/health`, status: 401 }),
        { path: '/api/public/health', url: `${app}/api/public/health`, kind: 'api' },
        signIn,
      ),
    names: { nextjs: 'proxy.ts', express: 'getAuth', generic: "server's session check" },
  },
  {
    judge: 'token azp names another origin',
    verdict: () =>
      judgeTokenAzp({ azp: 'https://evil.example' }, { url: app, origins: [app], source: 'the session token' }),
    // clerkMiddleware({ authorizedParties }) is the same in @clerk/nextjs and @clerk/express.
    names: { nextjs: 'clerkMiddleware({', express: 'clerkMiddleware({', generic: 'verifyToken()' },
  },
  {
    judge: 'CSP with strict-dynamic (the nonce note)',
    verdict: () =>
      judgeCspClerk(withHeaders({ 'Content-Security-Policy': strictPolicy }), {
        fapiOrigin: 'https://clerk.example.com',
      }),
    passes: true,
    names: { nextjs: '<ClerkProvider dynamic>', express: 'helmet', generic: 'nonce of the CSP header' },
  },
  {
    judge: 'signed-in response cacheable by a CDN',
    verdict: () => judgeNoSharedCache(withHeaders({ 'Cache-Control': 'public, max-age=60' }, `${app}/api/me`)),
    names: { nextjs: 'next.config.js', express: "res.set('Cache-Control'", generic: "proxy's or CDN's" },
  },
  {
    judge: 'webhook with a bad signature accepted',
    verdict: () => judgeWebhookRejected(evidence({ url: hook })),
    names: { nextjs: '@clerk/nextjs/webhooks', express: '@clerk/express/webhooks', generic: '@clerk/backend/webhooks' },
  },
  {
    judge: 'webhook without svix-id accepted',
    verdict: () => judgeWebhookRejected(evidence({ url: hook }), [400], REJECTED_CASES.missingId),
    names: { nextjs: '@clerk/nextjs/webhooks', express: 'express.raw(', generic: '@clerk/backend/webhooks' },
  },
  {
    judge: 'webhook re-formatted body accepted',
    verdict: () => judgeWebhookRejected(evidence({ url: hook }), [400], REJECTED_CASES.bodyReformatted),
    names: { nextjs: 'req.text()', express: 'express.raw(', generic: '@clerk/backend/webhooks' },
  },
  {
    judge: 'webhook handler crashes on a valid event',
    verdict: () => judgeWebhookAccepted(evidence({ url: hook, status: 500 })),
    names: { nextjs: '@clerk/nextjs/webhooks', express: '@clerk/express/webhooks', generic: '@clerk/backend/webhooks' },
  },
  {
    judge: 'webhook acknowledged without processing',
    verdict: () =>
      judgeSideEffect(evidence({ url: `${app}/api/users/u1`, status: 404 }), 'exists', 'user.created', 300, '200'),
    names: { nextjs: '@clerk/nextjs/webhooks', express: '@clerk/express/webhooks', generic: '@clerk/backend/webhooks' },
  },
];

for (const { judge, verdict, names, passes = false } of CASES) {
  test(`${judge}: the fix names the target framework's remedy and no other's`, () => {
    for (const framework of FRAMEWORKS) {
      setFramework(framework);
      const { pass, fix } = verdict();
      expect(pass, passes ? 'a pass with a recommendation' : 'a failing verdict').toBe(passes);
      expect(fix, `${framework}: names ${names[framework]}`).toContain(names[framework]);
      for (const other of FRAMEWORKS.filter((f) => f !== framework && !names[framework].includes(names[f])))
        expect(fix, `${framework}: does not name ${other}'s ${names[other]}`).not.toContain(names[other]);
    }
    setFramework(null);
    expect(verdict().fix, 'framework unknown: a fix is still given').not.toBe('');
  });
}
