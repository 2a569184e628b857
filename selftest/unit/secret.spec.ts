// Secret hides its value from every printing path; redact() scrubs secrets from text we did not write.
import { inspect } from 'node:util';
import { expect, test } from '@playwright/test';
import { redact, Secret } from '../../src/config/index.ts';

test('a Secret prints as [redacted] everywhere but reveal()', () => {
  const secret = new Secret('sk_test_supersecretvalue');
  expect(secret.reveal()).toBe('sk_test_supersecretvalue');
  expect(String(secret)).toBe('[redacted]');
  expect(`${secret}`).toBe('[redacted]');
  expect(JSON.stringify({ secret })).toBe('{"secret":"[redacted]"}');
  expect(inspect({ secret }, { showHidden: true, depth: 5 })).not.toContain('supersecret');
  expect(Object.keys(secret)).toEqual([]);
});

test('redact replaces raw and URL-encoded secrets, longest first, and ignores tiny values', () => {
  const webhook = new Secret('whsec_abc+/def==');
  const text = `key=sk_test_123456 again sk_test_123456 url=?s=${encodeURIComponent('whsec_abc+/def==')} and ab`;
  const result = redact(text, [new Secret('sk_test_123456'), webhook, 'ab', undefined, 'sk_test_1234']);
  expect(result).toBe('key=[redacted] again [redacted] url=?s=[redacted] and ab');
});
