// Session JWTs, verified the way apps verify them: @clerk/backend's verifyToken against our JWKS.
import { verifyToken } from '@clerk/backend';

import { decodeJwt } from '../../emulator/jwt.ts';
import { decodePublishableKey } from '../../emulator/keys.ts';
import { APP_ORIGIN, bearer, expect, TOKEN_LIFETIME_SECONDS, test } from './fixture.ts';

test.describe('session token', { tag: '@emulator' }, () => {
  test('verifyToken (JWKS from BAPI via apiUrl + secretKey) accepts it, with Clerk v2 claims', async ({
    fapi,
    emulator,
  }) => {
    const { sessionId } = await fapi.signIn(emulator.user.emailAddress, emulator.user.password);
    const tokens = await fapi.post(`/v1/client/sessions/${sessionId}/tokens`);
    const { jwt } = (await tokens.json()) as { jwt: string };

    const claims = await verifyToken(jwt, {
      secretKey: emulator.secretKey,
      apiUrl: emulator.bapiUrl,
      authorizedParties: [APP_ORIGIN],
    });
    expect(Object.keys(claims).sort()).toEqual(['azp', 'exp', 'fva', 'iat', 'iss', 'nbf', 'sid', 'sts', 'sub', 'v']);
    expect(claims).toMatchObject({ azp: APP_ORIGIN, sid: sessionId, sts: 'active', v: 2 });
    expect(claims.sub).toMatch(/^user_/);
    expect(claims.iss).toBe(`https://${decodePublishableKey(emulator.publishableKey)?.host}`);
    expect(claims.exp - claims.iat, 'token lifetime').toBe(TOKEN_LIFETIME_SECONDS);
  });

  test('the header kid is the JWKS key at BAPI GET /v1/jwks (RS256, RSA-2048, e=AQAB)', async ({
    fapi,
    emulator,
    request,
  }) => {
    const { body } = await fapi.signIn(emulator.user.emailAddress, emulator.user.password);
    const jwt = body.client?.sessions[0]?.last_active_token?.jwt ?? '';
    const header = decodeJwt(jwt)?.header;
    const response = await request.get(`${emulator.bapiUrl}/v1/jwks`, { headers: bearer(emulator) });
    expect(response.headers()['content-type'], 'exactly application/json, or @clerk/backend gets a string').toBe(
      'application/json',
    );
    const { keys } = (await response.json()) as {
      keys: { kid: string; alg: string; kty: string; n: string; e: string }[];
    };
    expect(header).toMatchObject({ alg: 'RS256', typ: 'JWT', kid: keys[0]?.kid });
    expect(keys[0]).toMatchObject({ alg: 'RS256', kty: 'RSA', e: 'AQAB' });
    expect(Buffer.from(keys[0]?.n ?? '', 'base64url').length * 8, 'modulus bits').toBe(2048);
  });

  test('verifyToken rejects a token for another origin (azp check)', async ({ fapi, emulator }) => {
    const { sessionId } = await fapi.signIn(emulator.user.emailAddress, emulator.user.password);
    const { jwt } = (await (await fapi.post(`/v1/client/sessions/${sessionId}/tokens`)).json()) as { jwt: string };
    await expect(
      verifyToken(jwt, {
        secretKey: emulator.secretKey,
        apiUrl: emulator.bapiUrl,
        authorizedParties: ['https://evil.example'],
      }),
    ).rejects.toThrow(/azp/i);
  });

  test('a token asked for from another origin names it, and leaves the azp of BAPI mints on the first origin', async ({
    fapi,
    emulator,
    request,
  }) => {
    const { sessionId } = await fapi.signIn(emulator.user.emailAddress, emulator.user.password);
    const foreign = await request.post(fapi.url(`/v1/client/sessions/${sessionId}/tokens`), {
      headers: { origin: 'https://evil.example' },
    });
    expect(decodeJwt(((await foreign.json()) as { jwt: string }).jwt)?.payload.azp).toBe('https://evil.example');
    const minted = await request.post(`${emulator.bapiUrl}/v1/sessions/${sessionId}/tokens`, {
      headers: bearer(emulator),
    });
    expect(decodeJwt(((await minted.json()) as { jwt: string }).jwt)?.payload.azp).toBe(APP_ORIGIN);
  });
});
