// toPassCheck(): one failure block naming the check, URL, expected, found and fix; a skipped verdict fails
// with a message saying to skip. evidenceFrom(): the evidence a judge sees from a Playwright APIResponse.
import { expect as baseExpect, test, type APIResponse } from '@playwright/test';
import { evidenceFrom, expect, formatVerdict } from '../../fixtures/matchers.ts';
import type { Verdict } from '../../src/checks/index.ts';

const failing: Verdict = {
  id: 'headers.nosniff',
  title: 'GET / -> X-Content-Type-Options: nosniff',
  pass: false,
  url: 'https://app.example.com/',
  expected: 'X-Content-Type-Options: nosniff',
  actual: 'no X-Content-Type-Options header',
  fix: 'Send `X-Content-Type-Options: nosniff` on every response.',
};

function failureOf(run: () => void): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected the assertion to fail');
}

test('a passing verdict passes', () => {
  expect({ ...failing, pass: true, fix: '' }).toPassCheck();
  expect(failing).not.toPassCheck();
});

test('a failing verdict fails with title, URL, Expected, Found and Fix in one block', () => {
  const message = failureOf(() => expect(failing).toPassCheck());
  for (const line of [
    'GET / -> X-Content-Type-Options: nosniff  [headers.nosniff]',
    '  URL:      https://app.example.com/',
    '  Expected: X-Content-Type-Options: nosniff',
    '  Found:    no X-Content-Type-Options header',
    '  Fix:      Send `X-Content-Type-Options: nosniff` on every response.',
  ])
    baseExpect(message).toContain(line);
  baseExpect(formatVerdict(failing)).toContain('[headers.nosniff]');
});

test('a skipped verdict fails, saying to skip the test', () => {
  const message = failureOf(() => expect({ ...failing, skip: 'HSTS is judged on https responses only' }).toPassCheck());
  baseExpect(message).toContain('was not judged: HSTS is judged on https responses only');
  baseExpect(message).toContain('test.skip');
  baseExpect(failureOf(() => expect({ ...failing, skip: 'not judged' }).not.toPassCheck())).toContain('was not judged');
});

test('evidenceFrom takes status, lower-cased headers, Location and the first 1 KB of the body', async () => {
  const body = Buffer.from(`${'a'.repeat(1020)}éééé`);
  const response = {
    url: () => 'https://app.example.com/dashboard',
    status: () => 307,
    headers: () => ({ location: '/sign-in', 'x-frame-options': 'DENY' }),
    body: async () => body,
  } as unknown as APIResponse;
  const evidence = await evidenceFrom(response, { method: 'get' });
  baseExpect(evidence).toMatchObject({
    url: 'https://app.example.com/dashboard',
    method: 'GET',
    status: 307,
    location: '/sign-in',
    headers: { 'x-frame-options': 'DENY' },
  });
  baseExpect(Buffer.byteLength(evidence.bodyExcerpt)).toBeLessThanOrEqual(1026);
  baseExpect(evidence.bodyExcerpt.startsWith('a'.repeat(1020))).toBe(true);

  const headless = {
    ...response,
    headers: () => ({}),
    body: async () => {
      throw new Error('disposed');
    },
  } as unknown as APIResponse;
  baseExpect(await evidenceFrom(headless)).toEqual({
    url: 'https://app.example.com/dashboard',
    status: 307,
    headers: {},
    bodyExcerpt: '',
  });
});
