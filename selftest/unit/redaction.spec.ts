import { expect, test } from '@playwright/test';
import { redact } from '../../src/config/secret.ts';
import { redactEvidence } from '../../fixtures/redaction.ts';

const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyXzEyMyJ9.c2lnbmF0dXJlLXBhcnQ';

test('session tokens, Clerk secret keys and webhook secrets are redacted by shape', () => {
  const text = `cookie: __session=${jwt}; key sk_live_abcdefghijkl; whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw`;
  const out = redact(text);
  expect(out).not.toContain(jwt);
  expect(out).not.toContain('sk_live_abcdefghijkl');
  expect(out).not.toContain('whsec_MfKQ9r8G');
});

test('configured secret values are redacted wherever they appear', () => {
  const evidence = { headers: { 'x-debug': 'password=hunter2-very-secret' }, bodyExcerpt: 'hunter2-very-secret' };
  expect(JSON.stringify(redactEvidence(evidence, ['hunter2-very-secret']))).not.toContain('hunter2');
});
