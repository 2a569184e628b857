// What the Clerk outage drill fails and reads: the requests that are Clerk's (the key's Frontend API host, the
// app's proxy path, bases clerk-js was seen using, Clerk's bundles on any CDN) and nothing of the app's; the
// text a fallback is told by; Clerk's own page errors; the clerkDown settings.
import { expect, test } from '@playwright/test';
import { clerkBases, fapiBaseOf, isClerkRequest } from '../../src/browser/clerk-outage-routes.ts';
import { isClerkError, newLines, shareKept, textLines } from '../../src/checks/index.ts';
import { parseProfile } from '../../src/config/index.ts';
import { validEnv } from './helpers.ts';

test("Clerk's requests: the key's host, the proxy path, Clerk's bundles anywhere; not the app's own", () => {
  const bases = clerkBases('clerk.example.com', 'https://example.com/app');
  expect(bases).toEqual(['https://clerk.example.com', 'https://example.com/__clerk']);
  for (const url of [
    'https://clerk.example.com/v1/environment?_clerk_js_version=6.40.0',
    'https://clerk.example.com/npm/@clerk/clerk-js@6/dist/clerk.browser.js',
    'https://example.com/__clerk/v1/client',
    'https://cdn.jsdelivr.net/npm/@clerk/clerk-js@5/dist/clerk.browser.js',
    'https://example.com/assets/@clerk/ui@1.36.0/dist/ui.browser.js',
  ])
    expect(isClerkRequest(url, bases), url).toBe(true);
  for (const url of [
    'https://example.com/',
    'https://example.com/__clerk-status',
    'https://clerk.example.com.evil.test/v1/client',
    'https://example.com/_next/static/chunks/app.js',
    'not a url',
  ])
    expect(isClerkRequest(url, bases), url).toBe(false);
  // A clerk-js the app hosts itself, named by its script element.
  const scripts = ['https://example.com/static/clerk.js'];
  expect(isClerkRequest('https://example.com/static/clerk.js?v=2', bases, scripts)).toBe(true);
  expect(isClerkRequest('https://example.com/static/app.js', bases, scripts)).toBe(false);
  // A proxy key encodes the proxy's host and path.
  expect(clerkBases('example.com/__clerk/', 'https://example.com')).toEqual(['https://example.com/__clerk']);
});

test("a Frontend API base is learned from clerk-js's own requests only", () => {
  expect(fapiBaseOf('https://example.com/auth/v1/client?_clerk_js_version=6.40.0')).toBe('https://example.com/auth');
  expect(fapiBaseOf('https://example.com/api/v1/client')).toBeNull();
});

test('page text: lines, new lines beyond the healthy page (not loading text, not fragments), the share kept', () => {
  expect(textLines('  Home  Sign in \n\nHome  Sign in\n Acme ')).toEqual(['Home Sign in', 'Acme']);
  const healthy = ['Home Sign in Sign up', 'Log in', 'Email address', 'Continue'];
  expect(newLines(['Home', 'Log in', 'Loading…', '…'], healthy)).toEqual([]);
  expect(newLines(['Home', 'Sign-in is temporarily unavailable.'], healthy)).toEqual([
    'Sign-in is temporarily unavailable.',
  ]);
  expect(shareKept(['Home', 'Log in'], healthy)).toBe(0.25);
  expect(shareKept([], [])).toBe(1);
});

test("Clerk's own page errors: Clerk's messages or a stack in Clerk's bundles; the app's are not", () => {
  expect(isClerkError({ message: 'ClerkJS: Network error at "https://example.com/__clerk/v1/environment"' })).toBe(
    true,
  );
  expect(isClerkError({ message: '@clerk/nextjs: Failed to load Clerk' })).toBe(true);
  expect(
    isClerkError({
      message: 'Loading chunk 7451 failed.',
      stack: 'at https://x/npm/@clerk/ui@1.36.0/dist/ui.browser.js:1',
    }),
  ).toBe(true);
  expect(
    isClerkError({ message: "TypeError: Cannot read properties of undefined (reading 'user')", stack: 'at /app.js:3' }),
  ).toBe(false);
});

test('clerkDown settings: 20 s budget by default; env over the file; a fallback as text or a CSS selector', () => {
  expect(parseProfile(validEnv()).clerkDown).toEqual({ budgetMs: 20_000, fallback: null });
  const file = { clerkDown: { budgetMs: 8000, fallback: '[data-testid=auth-down]' } };
  expect(parseProfile(validEnv(), file).clerkDown).toEqual({
    budgetMs: 8000,
    fallback: { kind: 'selector', value: '[data-testid=auth-down]' },
  });
  const env = validEnv({ CGL_CLERK_DOWN_BUDGET_MS: '5000', CGL_CLERK_DOWN_FALLBACK: 'temporarily unavailable' });
  expect(parseProfile(env, file).clerkDown).toEqual({
    budgetMs: 5000,
    fallback: { kind: 'text', value: 'temporarily unavailable' },
  });
  expect(parseProfile(validEnv({ CGL_CLERK_DOWN_FALLBACK: 'css=main p.notice' })).clerkDown.fallback).toEqual({
    kind: 'selector',
    value: 'main p.notice',
  });
  expect(() => parseProfile(validEnv({ CGL_CLERK_DOWN_BUDGET_MS: 'soon' }))).toThrow(/CGL_CLERK_DOWN_BUDGET_MS/);
});
