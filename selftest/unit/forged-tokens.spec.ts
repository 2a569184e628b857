// The forgeries really are what their names say (decoded, not trusted), and the judge fails loudly on a 2xx.
import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { judgeForgedTokenDenied } from '../../src/checks/index.ts';
import { forgeToken, otherUserId } from '../../src/tokens/forge.ts';
import { b64url, decodeJwt, encodePart } from '../../src/tokens/jwt.ts';
import { evidence } from './helpers.ts';

const instanceKey = generateKeyPairSync('rsa', { modulusLength: 2048 });
const now = 1_800_000_000;
const claims = {
  azp: 'https://app.example.com',
  exp: now + 60,
  iat: now,
  iss: 'https://clerk.example.com',
  nbf: now - 10,
  sid: 'sess_1',
  sub: 'user_abc',
  v: 2,
};
const header = { alg: 'RS256', kid: 'ins_real', typ: 'JWT' };
const input = `${encodePart(header)}.${encodePart(claims)}`;
const real = `${input}.${b64url(sign('sha256', Buffer.from(input), instanceKey.privateKey))}`;

const verifiesWithInstanceKey = (token: string) => {
  const [h, p, s] = token.split('.');
  return verify('sha256', Buffer.from(`${h}.${p}`), instanceKey.publicKey, Buffer.from(s ?? '', 'base64url'));
};

test('the real token verifies; no forgery does', () => {
  expect(verifiesWithInstanceKey(real)).toBe(true);
  for (const kind of [
    'alg-none',
    'foreign-key',
    'tampered-sub',
    'tampered-azp',
    'not-yet-valid',
    'foreign-instance',
  ] as const) {
    expect(verifiesWithInstanceKey(forgeToken(kind, real, { nowSeconds: now })), kind).toBe(false);
  }
});

test('each forgery changes only what it claims to', () => {
  const none = decodeJwt(forgeToken('alg-none', real))!;
  expect(none.header.alg).toBe('none');
  expect(none.parts[2]).toBe('');
  expect(none.payload.sub).toBe(otherUserId('user_abc'));
  const sub = decodeJwt(forgeToken('tampered-sub', real))!;
  expect(sub.parts[2]).toBe(real.split('.')[2]);
  expect({ ...sub.payload, sub: 'user_abc' }).toEqual(claims);
  expect(decodeJwt(forgeToken('tampered-azp', real))!.payload.azp).toBe('https://evil.example');
  const foreign = decodeJwt(forgeToken('foreign-key', real))!;
  expect(foreign.payload).toEqual(claims);
  expect(foreign.header.kid).toBe('ins_real');
  const early = decodeJwt(forgeToken('not-yet-valid', real, { nowSeconds: now }))!;
  expect(early.payload.nbf).toBeGreaterThan(now);
  const other = decodeJwt(forgeToken('foreign-instance', real))!;
  expect(other.payload.iss).not.toBe(claims.iss);
  expect(other.header.kid).not.toBe('ins_real');
});

test('decodeJwt refuses what is not a JWT', () => {
  expect(decodeJwt('abc')).toBeNull();
  expect(decodeJwt('a.b.c')).toBeNull();
});

test.describe('judgeForgedTokenDenied', () => {
  const route = { path: '/api/me', method: 'GET', denied: [401, 403, 404] };
  const context = { paths: { signIn: '/sign-in' }, forgedSub: 'user_forged' };
  const url = 'https://app.example.com/api/me';

  test('denied statuses and redirects to sign-in pass', () => {
    for (const status of [401, 403, 404])
      expect(judgeForgedTokenDenied(evidence({ url, status }), route, 'alg-none', context).pass).toBe(true);
    expect(
      judgeForgedTokenDenied(
        evidence({ url, status: 307, location: '/sign-in?redirect_url=x' }),
        route,
        'expired',
        context,
      ).pass,
    ).toBe(true);
  });

  test('a 2xx fails loudly, naming the attack and the impersonated user', () => {
    const verdict = judgeForgedTokenDenied(
      evidence({ url, status: 200, bodyExcerpt: '{"userId":"user_forged"}' }),
      route,
      'tampered-sub',
      context,
    );
    expect(verdict).toMatchObject({ pass: false, id: 'api.forged-token.denied' });
    expect(verdict.fix).toMatch(/^SECURITY: the route ACCEPTED a forged token/);
    expect(verdict.fix).toContain('user_forged');
    expect(verdict.title).toContain('in Authorization: Bearer');
  });

  test('the verdict names the transport: a forged token in the __session cookie', () => {
    const verdict = judgeForgedTokenDenied(evidence({ url, status: 200 }), route, 'alg-none', {
      ...context,
      transport: 'cookie',
    });
    expect(verdict.title).toContain('in the __session cookie');
    expect(verdict.pass).toBe(false);
  });

  test('a crash fails; a route open to everyone is skipped, not judged', () => {
    expect(judgeForgedTokenDenied(evidence({ url, status: 500 }), route, 'foreign-key', context).pass).toBe(false);
    const open = judgeForgedTokenDenied(evidence({ url, status: 200 }), route, 'foreign-key', {
      ...context,
      signedOut: evidence({ url, status: 200 }),
    });
    expect(open.skip).toContain('without any token');
  });
});
