// Clerk's signals on canned responses: the headers @clerk/nextjs stamps, the default statuses (the profile's
// defaults are the same values), and the redirects that mean "Clerk denied this".
import { expect, test } from '@playwright/test';
import {
  clerkSaysSignedOut,
  DEFAULT_ALLOWED,
  DEFAULT_DENIED,
  isBare404,
  isProtectRewrite,
  isSignInOrHandshake,
} from '../../src/checks/index.ts';
import { DEFAULTS } from '../../src/config/defaults.ts';
import { evidence } from './helpers.ts';

const rewrite = { 'x-clerk-auth-reason': 'protect-rewrite, session-token-and-uat-missing' };

test('protect-rewrite marks a 404 made by auth.protect(); any other 404 is bare', () => {
  expect(isProtectRewrite(evidence({ status: 404, headers: rewrite }))).toBe(true);
  expect(isBare404(evidence({ status: 404, headers: rewrite }))).toBe(false);
  expect(isBare404(evidence({ status: 404 }))).toBe(true);
  expect(isBare404(evidence({ status: 401 }))).toBe(false);
});

test('Clerk says signed out by x-clerk-auth-status or by a protect-rewrite', () => {
  expect(clerkSaysSignedOut(evidence({ headers: { 'x-clerk-auth-status': 'signed-out' } }))).toBe(true);
  expect(clerkSaysSignedOut(evidence({ headers: rewrite }))).toBe(true);
  expect(clerkSaysSignedOut(evidence({ headers: { 'x-clerk-auth-status': 'signed-in' } }))).toBe(false);
});

test('the default statuses are the profile defaults', () => {
  expect([...DEFAULTS.denied]).toEqual([...DEFAULT_DENIED]);
  expect([...DEFAULTS.allowed]).toEqual([...DEFAULT_ALLOWED]);
  expect(Object.isFrozen(DEFAULT_DENIED)).toBe(true);
});

test('a redirect to sign-in, the Account Portal or the handshake is a Clerk denial; elsewhere is not', () => {
  const from = 'https://app.example.com/api/me';
  const at = (location: string) => isSignInOrHandshake(new URL(location, from), '/sign-in', from);
  expect(at('/sign-in/factor-one')).toBe(true);
  expect(at('https://accounts.example.com/sign-in')).toBe(true);
  expect(at('https://clerk.example.com/v1/client/handshake?redirect_url=x')).toBe(true);
  expect(at('/api/me?__clerk_handshake=abc')).toBe(true);
  expect(at('/login')).toBe(false);
  expect(isSignInOrHandshake(null, '/sign-in', from)).toBe(false);
});
