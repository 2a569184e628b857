// FAPI's dev browser: how a development instance tells browsers apart.
import { expect, test } from './fixture.ts';

test.describe('FAPI dev browser', { tag: '@emulator' }, () => {
  test('POST /v1/dev_browser -> an id clerk-js stores as __clerk_db_jwt', async ({ request, emulator }) => {
    const response = await request.post(`${emulator.fapiUrl}/v1/dev_browser`);
    expect(response.status(), 'POST /v1/dev_browser status').toBe(200);
    const body = (await response.json()) as { object: string; id: string };
    expect(body.object).toBe('dev_browser');
    expect(body.id, 'the id is a JWT (three dot-separated parts)').toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  test('GET /v1/client without a dev browser -> 401 dev_browser_unauthenticated', async ({ request, emulator }) => {
    const response = await request.get(`${emulator.fapiUrl}/v1/client`);
    expect(response.status()).toBe(401);
    const body = (await response.json()) as { errors: { code: string; long_message: string }[] };
    expect(body.errors[0]?.code, 'clerk-js redoes its dev browser on exactly this code').toBe(
      'dev_browser_unauthenticated',
    );
  });

  test('GET /v1/client with a forged dev browser -> 401 dev_browser_unauthenticated', async ({
    request,
    emulator,
    fapi,
  }) => {
    const [head, payload] = fapi.devBrowser.split('.');
    const forged = `${head}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
    const response = await request.get(`${emulator.fapiUrl}/v1/client?__clerk_db_jwt=${forged}`);
    expect(response.status()).toBe(401);
  });

  test('GET /v1/client -> { response: Client, client: null }, the same client on every call', async ({ fapi }) => {
    const first = (await (await fapi.get('/v1/client')).json()) as {
      response: { object: string; id: string };
      client: unknown;
    };
    expect(first.response.object).toBe('client');
    expect(first.client).toBeNull();
    const second = (await (await fapi.get('/v1/client')).json()) as { response: { id: string } };
    expect(second.response.id, 'one client per dev browser').toBe(first.response.id);
  });

  test('the dev browser is also read from the __clerk_db_jwt cookie (forwarded by the proxy)', async ({
    request,
    emulator,
    fapi,
  }) => {
    const viaQuery = (await (await fapi.get('/v1/client')).json()) as { response: { id: string } };
    const response = await request.get(`${emulator.fapiUrl}/v1/client`, {
      headers: { cookie: `__clerk_db_jwt=${fapi.devBrowser}` },
    });
    expect(response.status()).toBe(200);
    const viaCookie = (await response.json()) as { response: { id: string } };
    expect(viaCookie.response.id).toBe(viaQuery.response.id);
  });
});
