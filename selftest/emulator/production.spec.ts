// A production instance (pk_live_): FAPI identifies browsers by the HttpOnly `__client` cookie it sets,
// keeps `__client_uat` itself, and sends at most one Set-Cookie per response (@clerk/express's proxy
// keeps only the last one).
import { createClerkClient, verifyToken } from '@clerk/backend';

import { decodeJwt } from '../../emulator/jwt.ts';
import { EMULATOR_PROD_HOST } from '../../emulator/keys.ts';
import { APP_ORIGIN, expect, test } from './fixture.ts';
import { parseSetCookies, ProductionBrowser } from './production.ts';

const cookieValue = (directives: string[], name: string) =>
  directives
    .find((d) => d.startsWith(`${name}=`))
    ?.split(';')[0]
    ?.slice(name.length + 1);

test.describe('production instance', { tag: '@emulator' }, () => {
  test('environment says production; POST /v1/dev_browser -> 400', async ({ request, prodEmulator }) => {
    const env = (await (await request.get(`${prodEmulator.fapiUrl}/v1/environment`)).json()) as {
      display_config: { instance_environment_type: string };
    };
    expect(env.display_config.instance_environment_type).toBe('production');
    expect((await request.post(`${prodEmulator.fapiUrl}/v1/dev_browser`)).status()).toBe(400);
  });

  test('first GET /v1/client sets ONLY the HttpOnly __client cookie; the next sets __client_uat=0; then none', async ({
    request,
    prodEmulator,
  }) => {
    const browser = new ProductionBrowser(request, prodEmulator.fapiUrl);
    const first = await browser.load();
    expect(first.status()).toBe(200);
    const [clientCookie, ...more] = parseSetCookies(first);
    expect(more, 'one Set-Cookie per response').toEqual([]);
    expect(clientCookie?.name).toBe('__client');
    expect(clientCookie?.attributes).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'Secure', 'SameSite=Lax']));
    const { id } = ((await first.json()) as { response: { id: string } }).response;

    const second = await browser.load();
    expect(
      ((await second.json()) as { response: { id: string } }).response.id,
      'the cookie identifies the client',
    ).toBe(id);
    expect(parseSetCookies(second).map((c) => [c.name, c.value])).toEqual([['__client_uat', '0']]);
    expect(parseSetCookies(second)[0]?.attributes, '__client_uat is readable by clerk-js').not.toContain('HttpOnly');
    expect(parseSetCookies(await browser.load())).toEqual([]);
  });

  test('sign-in sets __client_uat = floor(updated_at/1000); the token is not older and its azp is the Origin', async ({
    request,
    prodEmulator,
  }) => {
    const browser = new ProductionBrowser(request, prodEmulator.fapiUrl);
    await browser.load();
    await browser.load();
    const response = await browser.post('/v1/client/sign_ins', {
      identifier: prodEmulator.user.emailAddress,
      password: prodEmulator.user.password,
      strategy: 'password',
    });
    const body = (await response.json()) as {
      client: { updated_at: number; sessions: { last_active_token: { jwt: string } }[] };
    };
    const cookies = parseSetCookies(response);
    expect(cookies.map((c) => c.name)).toEqual(['__client_uat']);
    expect(Number(cookies[0]?.value)).toBe(Math.floor(body.client.updated_at / 1000));
    const jwt = body.client.sessions[0]?.last_active_token.jwt ?? '';
    const claims = await verifyToken(jwt, {
      secretKey: prodEmulator.secretKey,
      apiUrl: prodEmulator.bapiUrl,
      authorizedParties: [APP_ORIGIN],
    });
    expect(claims.iss).toBe(`https://${EMULATOR_PROD_HOST}`);
    expect(claims.iat).toBeGreaterThanOrEqual(Number(cookies[0]?.value));
  });

  test('azp comes from Clerk-Proxy-Url when the request has no Origin', async ({ request, prodEmulator }) => {
    const browser = new ProductionBrowser(request, prodEmulator.fapiUrl);
    await browser.load();
    const sessionId = await browser.signIn(prodEmulator.user.emailAddress, prodEmulator.user.password);
    const response = await request.post(browser.url(`/v1/client/sessions/${sessionId}/tokens`), {
      headers: {
        cookie: [...browser.jar].map(([k, v]) => `${k}=${v}`).join('; '),
        'clerk-proxy-url': 'http://app.example.test:4000/__clerk',
      },
    });
    const { jwt } = (await response.json()) as { jwt: string };
    expect(decodeJwt(jwt)?.payload.azp).toBe('http://app.example.test:4000');
  });

  test('sign-out (DELETE /v1/client/sessions) sets __client_uat=0', async ({ request, prodEmulator }) => {
    const browser = new ProductionBrowser(request, prodEmulator.fapiUrl);
    await browser.load();
    await browser.signIn(prodEmulator.user.emailAddress, prodEmulator.user.password);
    const response = await browser.post('/v1/client/sessions', {}, 'DELETE');
    expect(parseSetCookies(response).map((c) => [c.name, c.value])).toEqual([['__client_uat', '0']]);
  });

  test(
    'handshake: 307 with ONE HttpOnly nonce cookie; the payload renews __session and clears the ' + 'handshake cookies',
    async ({ request, prodEmulator }) => {
      const browser = new ProductionBrowser(request, prodEmulator.fapiUrl);
      await browser.load();
      await browser.signIn(prodEmulator.user.emailAddress, prodEmulator.user.password);
      const redirectUrl = `${APP_ORIGIN}/dashboard`;
      const response = await browser.get(
        `/v1/client/handshake?redirect_url=${encodeURIComponent(redirectUrl)}&format=nonce`,
        { maxRedirects: 0 },
      );
      expect(response.status()).toBe(307);
      expect(response.headers().location).toBe(redirectUrl);
      const cookies = parseSetCookies(response);
      expect(cookies.map((c) => c.name)).toEqual(['__clerk_handshake_nonce']);
      expect(cookies[0]?.attributes).toEqual(expect.arrayContaining(['HttpOnly', 'Max-Age=60', 'Path=/']));

      const clerk = createClerkClient({ secretKey: prodEmulator.secretKey, apiUrl: prodEmulator.bapiUrl });
      const { directives } = await clerk.clients.getHandshakePayload({ nonce: cookies[0]?.value ?? '' });
      const session = cookieValue(directives, '__session') ?? '';
      const claims = await verifyToken(session, {
        secretKey: prodEmulator.secretKey,
        apiUrl: prodEmulator.bapiUrl,
        authorizedParties: [APP_ORIGIN],
      });
      expect(claims.iat).toBeGreaterThanOrEqual(Number(cookieValue(directives, '__client_uat')));
      for (const name of ['__clerk_handshake', '__clerk_handshake_nonce']) {
        expect(
          directives.find((d) => d.startsWith(`${name}=;`)),
          `${name} cleared`,
        ).toContain('Max-Age=0');
      }
    },
  );

  test('handshake without a __client cookie -> signed out (uat 0, __session cleared), no client created', async ({
    request,
    prodEmulator,
  }) => {
    const response = await request.get(
      `${prodEmulator.fapiUrl}/v1/client/handshake?redirect_url=${encodeURIComponent(`${APP_ORIGIN}/`)}`,
      { maxRedirects: 0 },
    );
    const [cookie, ...more] = parseSetCookies(response);
    expect(more).toEqual([]);
    expect(cookie?.name).toBe('__clerk_handshake');
    const directives = decodeJwt(cookie?.value ?? '')?.payload.handshake as string[];
    expect(cookieValue(directives, '__client_uat')).toBe('0');
    expect(directives.find((d) => d.startsWith('__session='))).toContain('Max-Age=0');
    expect(
      directives.some((d) => d.startsWith('__client=')),
      'never sets __client',
    ).toBe(false);
  });
});
