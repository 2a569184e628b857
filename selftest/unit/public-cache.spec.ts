// api.public-page.cacheable's judge: a public page the same for everyone (twice signed out, once signed in, no
// Set-Cookie) sent no-store or private is reported; a page that varies, redirects or sets cookies is skipped.
import { expect, test } from '@playwright/test';
import { judgePublicPageCacheable, uncacheableDirective, type ResponseEvidence } from '../../src/checks/index.ts';

const page = (headers: Record<string, string>, body = '<h1>Home</h1>', status = 200): ResponseEvidence => ({
  url: 'https://app.example.com/',
  method: 'GET',
  status,
  headers,
  bodyExcerpt: body,
});
const answers = (cacheControl: string, signedIn = page({ 'cache-control': cacheControl })) => ({
  signedOut: page({ 'cache-control': cacheControl }),
  signedOutAgain: page({ 'cache-control': cacheControl }),
  signedIn,
});

test('api.public-page.cacheable: a page the same for everyone, sent public -> pass', () => {
  const verdict = judgePublicPageCacheable(answers('public, max-age=60, s-maxage=300'));
  expect(verdict.pass).toBe(true);
  expect(verdict.skip).toBeUndefined();
});

test('api.public-page.cacheable: the same page sent no-store or private -> fail naming the directive', () => {
  for (const value of ['no-store', 'private, no-cache, no-store, max-age=0, must-revalidate', 'private']) {
    const verdict = judgePublicPageCacheable(answers(value));
    expect(verdict.pass, value).toBe(false);
    expect(verdict.fix).toContain(`"${uncacheableDirective(value)}"`);
    expect(verdict.fix).toContain('Keep no-store on pages that vary by user');
  }
});

test('api.public-page.cacheable: per-user, per-request, cookie-setting or redirecting pages are not candidates', () => {
  const perUser = answers('no-store', page({}, '<h1>Home</h1><a>Dashboard</a>'));
  expect(judgePublicPageCacheable(perUser).skip).toContain('per-user content');
  const nonce = { ...answers('no-store'), signedOutAgain: page({}, '<h1>Home</h1><script nonce="x">') };
  expect(judgePublicPageCacheable(nonce).skip).toContain('per-request content');
  const cookie = { ...answers('no-store'), signedOut: page({ 'cache-control': 'no-store', 'set-cookie': 'a=b' }) };
  expect(judgePublicPageCacheable(cookie).skip).toContain('Set-Cookie');
  const handshake = { ...answers('no-store'), signedOut: page({ location: '/x' }, '', 307) };
  expect(judgePublicPageCacheable(handshake).skip).toContain('answers 307');
});

test('uncacheableDirective: no-store and private only; no header is not a finding', () => {
  expect(uncacheableDirective(undefined)).toBeNull();
  expect(uncacheableDirective('no-cache, max-age=0')).toBeNull();
  expect(uncacheableDirective('Private, max-age=0')).toBe('private');
});
