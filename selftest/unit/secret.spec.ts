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

test('redact removes secrets by shape: JWTs, Clerk keys, session cookies, testing tokens, Authorization', () => {
  const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyXzEyMyJ9.c2lnbmF0dXJlLXZhbHVl';
  const cases: [string, string][] = [
    [`token ${jwt} end`, 'token [redacted-jwt] end'],
    ['key sk_live_abcdefgh1234 and whsec_QUJDREVGR0g=', 'key [redacted-key] and [redacted-secret]'],
    [
      'cookie: __session=abc123; __client_uat_Xy1=1700000000; theme=dark',
      'cookie: __session=[redacted]; __client_uat_Xy1=[redacted]; theme=dark',
    ],
    ['set-cookie: __client=dvb_xyz; Path=/', 'set-cookie: __client=[redacted]; Path=/'],
    [
      'GET /v1/client?__clerk_db_jwt=dvb_2abc&_clerk_js_version=5',
      'GET /v1/client?__clerk_db_jwt=[redacted]&_clerk_js_version=5',
    ],
    [
      '/v1/environment?__clerk_testing_token=1700000000-abcDEF&x=1',
      '/v1/environment?__clerk_testing_token=[redacted]&x=1',
    ],
    ['Authorization: Bearer opaque.token.value\nnext', 'Authorization: [redacted]\nnext'],
    ['{"name":"Authorization","value":"Bearer opaque-123456"}', '{"name":"Authorization","value":"[redacted]"}'],
    ['{"authorization":"Basic dXNlcjpwYXNz"}', '{"authorization":"[redacted]"}'],
    [
      '{"name":"__session","value":"opaque-value","domain":"localhost"}',
      '{"name":"__session","value":"[redacted]","domain":"localhost"}',
    ],
    ['sent Bearer abcdefgh12345678 here', 'sent Bearer [redacted] here'],
  ];
  for (const [text, expected] of cases) expect(redact(text), text).toBe(expected);
});

test('redact keeps JSON valid and removes a secret however it was escaped', () => {
  const password = 'pw-"quoted"\\and+/=';
  const line = JSON.stringify({
    method: 'fill',
    params: { value: password },
    headers: [{ name: 'cookie', value: '__session=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1c2VyXzEifQ.sig; other=1' }],
    body: `password=${encodeURIComponent(password)}`,
  });
  const clean = redact(line, [password]);
  expect(() => JSON.parse(clean)).not.toThrow();
  expect(clean).not.toContain('quoted');
  expect(clean).not.toContain('eyJ');
  expect(JSON.parse(clean)).toMatchObject({ params: { value: '[redacted]' }, body: 'password=[redacted]' });
});
