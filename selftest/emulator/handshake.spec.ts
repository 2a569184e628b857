// GET /v1/client/handshake: the redirect @clerk/backend sends page requests through.
import { createClerkClient, verifyToken } from '@clerk/backend';

import { decodeJwt } from '../../emulator/jwt.ts';
import { APP_ORIGIN, expect, test } from './fixture.ts';

const cookieValue = (directives: string[], name: string) =>
  directives
    .find((d) => d.startsWith(`${name}=`))
    ?.split(';')[0]
    ?.slice(name.length + 1);

test.describe('FAPI handshake', { tag: '@emulator' }, () => {
  test(
    'no dev browser, format=nonce -> 307 back with a nonce; BAPI trades it for a new ' + '__clerk_db_jwt, signed out',
    async ({ request, emulator }) => {
      const redirectUrl = `${APP_ORIGIN}/dashboard?x=1`;
      const response = await request.get(
        `${emulator.fapiUrl}/v1/client/handshake?redirect_url=${encodeURIComponent(redirectUrl)}&format=nonce&__clerk_hs_reason=dev-browser-missing`,
        { maxRedirects: 0 },
      );
      expect(response.status()).toBe(307);
      const location = new URL(response.headers().location ?? '');
      expect(`${location.origin}${location.pathname}`).toBe(`${APP_ORIGIN}/dashboard`);
      expect(location.searchParams.get('x')).toBe('1');
      const nonce = location.searchParams.get('__clerk_handshake_nonce') ?? '';

      const clerk = createClerkClient({ secretKey: emulator.secretKey, apiUrl: emulator.bapiUrl });
      const { directives } = await clerk.clients.getHandshakePayload({ nonce });
      expect(cookieValue(directives, '__clerk_db_jwt'), 'a freshly minted dev browser').toMatch(/^ey/);
      expect(cookieValue(directives, '__client_uat')).toBe('0');
      expect(
        directives.find((d) => d.startsWith('__session=')),
        'session cookie cleared',
      ).toContain('Max-Age=0');
    },
  );

  test('signed-in dev browser, default format -> __clerk_handshake JWT with a verifiable __session', async ({
    request,
    emulator,
    fapi,
  }) => {
    await fapi.signIn(emulator.user.emailAddress, emulator.user.password);
    const response = await request.get(
      `${emulator.fapiUrl}/v1/client/handshake?redirect_url=${encodeURIComponent(`${APP_ORIGIN}/`)}&__clerk_db_jwt=${fapi.devBrowser}`,
      { maxRedirects: 0 },
    );
    expect(response.status()).toBe(307);
    const token = new URL(response.headers().location ?? '').searchParams.get('__clerk_handshake') ?? '';
    const decoded = decodeJwt(token);
    expect(decoded?.header.cat, "Clerk's session-token category, which @clerk/backend requires").toBe(
      'cl_B7d4PD111AAA',
    );
    const directives = decoded?.payload.handshake as string[];
    expect(cookieValue(directives, '__clerk_db_jwt')).toBe(fapi.devBrowser);
    const session = cookieValue(directives, '__session') ?? '';
    const claims = await verifyToken(session, {
      secretKey: emulator.secretKey,
      apiUrl: emulator.bapiUrl,
      authorizedParties: [APP_ORIGIN],
    });
    expect(claims.iat, '__session is not older than __client_uat').toBeGreaterThanOrEqual(
      Number(cookieValue(directives, '__client_uat')),
    );
  });

  test('missing redirect_url -> 400 naming the param', async ({ request, emulator }) => {
    const response = await request.get(`${emulator.fapiUrl}/v1/client/handshake`, { maxRedirects: 0 });
    expect(response.status()).toBe(400);
    const body = (await response.json()) as { errors: { meta: { param_name: string } }[] };
    expect(body.errors[0]?.meta.param_name).toBe('redirect_url');
  });
});
