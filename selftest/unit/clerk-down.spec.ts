// The Clerk outage drill's judges on canned pages: public pages that keep their text pass, ones that lose it or
// send visitors to sign-in fail; a sign-in fallback within the budget passes, a blank area fails, nothing to
// compare with skips; protected routes that deny pass, a 2xx on the route itself fails; the app's own uncaught
// errors fail, Clerk's are only reported.
import { expect, test } from '@playwright/test';
import {
  judgeOutageFailClosed,
  judgeOutagePublicPages,
  judgeOutageSignInFallback,
  type PublicPagesFacts,
  type SignInFallbackFacts,
} from '../../src/checks/index.ts';

const HOME = ['Home Sign in Sign up', 'Acme', 'We make things. Read our blog.'];
const publicFacts = (now: string[], change: Partial<PublicPagesFacts> = {}): PublicPagesFacts => ({
  mode: '503',
  signIn: '/sign-in',
  errors: [],
  refused: 2,
  pages: [
    {
      path: '/',
      url: 'https://app.example.com/',
      status: 200,
      finalUrl: 'https://app.example.com/',
      healthy: HOME,
      now,
    },
  ],
  ...change,
});

test('public pages: the healthy text minus Clerk-drawn links -> pass; Clerk errors are reported, not counted', () => {
  const clerkError = { message: 'ClerkRuntimeError: Failed to load Clerk JS', stack: 'at /_next/static/chunks/1.js' };
  const verdict = judgeOutagePublicPages(
    publicFacts(['Home', 'Acme', 'We make things. Read our blog.'], { errors: [clerkError] }),
  );
  expect(verdict).toMatchObject({ pass: true, fix: '' });
  expect(verdict.actual).toContain("Clerk's own errors (not counted): ClerkRuntimeError");
});

test('public pages: blank, sent to sign-in, 503, or an app error -> fail naming it', () => {
  expect(judgeOutagePublicPages(publicFacts(['Home', 'Acme'])).actual).toContain('shows 33% of its healthy text');
  const page = publicFacts([]).pages[0]!;
  const toSignIn = { ...page, finalUrl: 'https://app.example.com/sign-in?redirect_url=%2F', now: HOME };
  expect(judgeOutagePublicPages(publicFacts([], { pages: [toSignIn] })).actual).toContain('sent to sign-in');
  expect(judgeOutagePublicPages(publicFacts([], { pages: [{ ...page, status: 503 }] })).actual).toContain('/: 503');
  const crash = { message: "TypeError: Cannot read properties of undefined (reading 'user')", stack: 'at app.js:1' };
  const verdict = judgeOutagePublicPages(publicFacts(HOME, { errors: [crash] }));
  expect(verdict.pass).toBe(false);
  expect(verdict.actual).toContain('uncaught page errors: TypeError');
  expect(verdict.fix).toContain('catch the failure');
});

const signIn = (change: Partial<SignInFallbackFacts> = {}): SignInFallbackFacts => ({
  mode: 'hang',
  url: 'https://app.example.com/sign-in',
  budgetMs: 20_000,
  fallback: null,
  healthyLoaded: true,
  shownAfterMs: 4_200,
  shown: ['Sign-in is temporarily unavailable.'],
  now: ['Home', 'Sign-in is temporarily unavailable.'],
  errors: [],
  refused: 2,
  setting: 'clerkDown.budgetMs / CGL_CLERK_DOWN_BUDGET_MS',
  ...change,
});

test('sign-in fallback: shown within the budget -> pass; none -> fail with the fix and the settings', () => {
  expect(judgeOutageSignInFallback(signIn())).toMatchObject({ pass: true, fix: '' });
  const blank = judgeOutageSignInFallback(signIn({ shownAfterMs: null, shown: [], now: ['Home'] }));
  expect(blank.pass).toBe(false);
  expect(blank.actual).toContain('nothing after 20000 ms; the page showed: Home');
  expect(blank.fix).toContain('Sign-in is temporarily unavailable');
  expect(blank.fix).toContain('clerkDown.fallback / CGL_CLERK_DOWN_FALLBACK');
  expect(blank.fix).toContain('clerkDown.budgetMs');
});

test('sign-in fallback: nothing failed, or no healthy page to compare with -> skip; a named fallback is judged anyway', () => {
  expect(judgeOutageSignInFallback(signIn({ refused: 0 })).skip).toContain('no request to Clerk');
  expect(judgeOutageSignInFallback(signIn({ healthyLoaded: false })).skip).toContain('Clerk did not load');
  const named = signIn({ healthyLoaded: false, fallback: { kind: 'text', value: 'temporarily unavailable' } });
  expect(judgeOutageSignInFallback(named)).toMatchObject({ pass: true });
  expect(judgeOutageSignInFallback(named).expected).toContain('the text "temporarily unavailable"');
});

test('fail-closed: redirected to sign-in, 401, 404 -> pass; a 2xx on the route itself -> fail', () => {
  const page = { name: 'GET /dashboard', url: 'https://app.example.com/dashboard', kind: 'page' } as const;
  const api = { name: 'GET /api/me', url: 'https://app.example.com/api/me', kind: 'api' } as const;
  const denied = [
    { ...page, status: 200, finalUrl: 'https://app.example.com/sign-in?redirect_url=%2Fdashboard' },
    { ...api, status: 401 },
    { ...api, name: 'GET /api/orders', status: 404 },
    { ...api, name: 'GET /api/x', status: 307, finalUrl: 'https://app.example.com/sign-in' },
  ];
  expect(judgeOutageFailClosed({ mode: '503', answers: denied, errors: [] })).toMatchObject({ pass: true });
  const open = judgeOutageFailClosed({
    mode: 'hang',
    answers: [...denied, { ...page, status: 200, finalUrl: page.url }, { ...api, status: 200 }],
    errors: [],
  });
  expect(open.pass).toBe(false);
  expect(open.fix).toMatch(/^SECURITY: GET \/dashboard, GET \/api\/me served a signed-out visitor/);
});
