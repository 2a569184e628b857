// Injected faults: 429 with Retry-After, 5xx, latency; per endpoint, at a rate; off by default.
import { parseFaultRules } from '../../emulator/http/faults.ts';
import { bearer, expect, FapiBrowser, startTestEmulator, test } from './fixture.ts';

test.describe('fault injection', { tag: '@emulator' }, () => {
  test('CGL_EMULATOR_FAULTS syntax parses; a typo is an error naming the rule', () => {
    expect(
      parseFaultRules('bapi:POST /v1/sign_in_tokens 429:2 rate=0.5; * /v1/users* 503; fapi:GET /v1/client latency:300'),
    ).toEqual([
      {
        surface: 'bapi',
        method: 'POST',
        path: '/v1/sign_in_tokens',
        action: { kind: 'rate-limit', retryAfterSeconds: 2 },
        rate: 0.5,
      },
      { surface: undefined, method: '*', path: '/v1/users*', action: { kind: 'status', status: 503 }, rate: 1 },
      { surface: 'fapi', method: 'GET', path: '/v1/client', action: { kind: 'latency', ms: 300 }, rate: 1 },
    ]);
    expect(() => parseFaultRules('GET /v1/client 418')).toThrow(/GET \/v1\/client 418.*unknown action/);
  });

  test('429 with Retry-After and 503 on the matching endpoints only; latency delays the real answer', async ({
    request,
  }) => {
    const emulator = await startTestEmulator('development', {
      faults: 'bapi:GET /v1/users 429:7; bapi:* /v1/users/count 503; fapi:GET /v1/environment latency:300',
    });
    try {
      const limited = await request.get(`${emulator.bapiUrl}/v1/users`, { headers: bearer(emulator) });
      expect(limited.status()).toBe(429);
      expect(limited.headers()['retry-after']).toBe('7');
      expect(((await limited.json()) as { errors: { code: string }[] }).errors[0]?.code).toBe('too_many_requests');
      expect((await request.get(`${emulator.bapiUrl}/v1/users/count`, { headers: bearer(emulator) })).status()).toBe(
        503,
      );
      expect(
        (await request.get(`${emulator.bapiUrl}/v1/jwks`, { headers: bearer(emulator) })).status(),
        'other endpoints unaffected',
      ).toBe(200);

      const fapi = await FapiBrowser.create(request, emulator.fapiUrl);
      const started = Date.now();
      const slow = await fapi.get('/v1/environment');
      expect(slow.status()).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    } finally {
      await emulator.close();
    }
  });

  test('times=n fires on the first n hits only, then the real answer follows', async ({ request }) => {
    expect(parseFaultRules('bapi:GET /v1/users 429 times=2')[0]?.times).toBe(2);
    expect(() => parseFaultRules('GET /v1/users 429 times=0')).toThrow(/bad option "times=0"/);
    const emulator = await startTestEmulator('development', { faults: 'bapi:GET /v1/users 429 times=2' });
    try {
      const statuses = [];
      for (let i = 0; i < 3; i++)
        statuses.push((await request.get(`${emulator.bapiUrl}/v1/users`, { headers: bearer(emulator) })).status());
      expect(statuses).toEqual([429, 429, 200]);
    } finally {
      await emulator.close();
    }
  });

  test('rate=0 never fires', async ({ request }) => {
    const emulator = await startTestEmulator('development', { faults: 'GET /v1/users 500 rate=0' });
    try {
      expect((await request.get(`${emulator.bapiUrl}/v1/users`, { headers: bearer(emulator) })).status()).toBe(200);
    } finally {
      await emulator.close();
    }
  });
});

test.describe('faults switched at run time', { tag: '@emulator' }, () => {
  test('PUT /__emulator/faults switches rules on both surfaces, DELETE off; a bad rule is a 400 naming it', async ({
    request,
  }) => {
    const emulator = await startTestEmulator('development');
    const control = `${emulator.bapiUrl}/__emulator/faults`;
    try {
      expect((await request.get(control)).status(), 'the secret key is needed').toBe(401);
      const on = await request.put(control, {
        headers: bearer(emulator),
        data: 'bapi:GET /v1/jwks 503; fapi:GET /v1/environment 429:3',
      });
      expect(await on.json()).toEqual({ rules: ['bapi:GET /v1/jwks 503', 'fapi:GET /v1/environment 429:3'] });
      expect((await request.get(`${emulator.bapiUrl}/v1/jwks`, { headers: bearer(emulator) })).status()).toBe(503);
      const limited = await request.get(`${emulator.fapiUrl}/v1/environment`);
      expect([limited.status(), limited.headers()['retry-after']]).toEqual([429, '3']);
      expect((await request.get(`${emulator.bapiUrl}/v1/users`, { headers: bearer(emulator) })).status()).toBe(200);

      const bad = await request.put(control, { headers: bearer(emulator), data: 'GET /v1/jwks 418' });
      expect(bad.status()).toBe(400);
      expect(JSON.stringify(await bad.json())).toContain('GET /v1/jwks 418');
      expect(await (await request.get(control, { headers: bearer(emulator) })).json(), 'unchanged').toEqual({
        rules: ['bapi:GET /v1/jwks 503', 'fapi:GET /v1/environment 429:3'],
      });

      expect((await request.delete(control, { headers: bearer(emulator) })).status()).toBe(200);
      expect((await request.get(`${emulator.bapiUrl}/v1/jwks`, { headers: bearer(emulator) })).status()).toBe(200);
      expect((await request.get(`${emulator.fapiUrl}/v1/environment`)).status()).not.toBe(429);
    } finally {
      await emulator.close();
    }
  });
});
