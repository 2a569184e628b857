// Every Backend API endpoint the emulator implements, over raw HTTP with the secret key (so the
// exact bytes and Content-Type are what the contract fixture validates), plus @clerk/backend reads.
import { createClerkClient } from '@clerk/backend';
import type { APIRequestContext } from '@playwright/test';

import { bearer, expect, test, type Emulator } from './fixture.ts';
import { implemented } from './implemented-routes.ts';

function bapi(request: APIRequestContext, emulator: Emulator) {
  const headers = bearer(emulator);
  const url = (path: string) => `${emulator.bapiUrl}${path}`;
  return {
    get: (path: string) => request.get(url(path), { headers }),
    post: (path: string, data?: unknown) => request.post(url(path), { headers, data }),
    patch: (path: string, data?: unknown) => request.patch(url(path), { headers, data }),
    delete: (path: string) => request.delete(url(path), { headers }),
  };
}

async function userId(api: ReturnType<typeof bapi>, email: string): Promise<string> {
  const list = (await (await api.get(`/v1/users?email_address=${encodeURIComponent(email)}`)).json()) as {
    id: string;
  }[];
  return list[0]!.id;
}

test.describe('BAPI contract', { tag: '@emulator' }, () => {
  test('jwks, testing tokens, users: list, count, get, create, delete', async ({ request, emulator }) => {
    const api = bapi(request, emulator);
    for (const path of [
      '/v1/jwks',
      '/v1/users',
      '/v1/users?limit=1&offset=0',
      '/v1/users/count',
      '/v1/users?query=contract',
    ]) {
      expect((await api.get(path)).status(), path).toBe(200);
    }
    expect((await api.post('/v1/testing_tokens')).status()).toBe(200);
    const id = await userId(api, emulator.user.emailAddress);
    expect((await api.get(`/v1/users/${id}`)).status()).toBe(200);
    const created = await api.post('/v1/users', {
      email_address: [`made-${Date.now()}@example.com`],
      password: 'a-long-enough-password-1',
      first_name: 'Made',
    });
    expect(created.status()).toBe(200);
    const { id: madeId } = (await created.json()) as { id: string };
    if (implemented('bapi', 'PATCH', '/v1/users/:userId')) {
      expect((await api.patch(`/v1/users/${madeId}`, { first_name: 'Renamed' })).status()).toBe(200);
    }
    expect((await api.delete(`/v1/users/${madeId}`)).status()).toBe(200);
    expect((await api.get(`/v1/users/${madeId}`)).status(), 'deleted user').toBe(404);
  });

  test('sessions: create, list, get, token, revoke; sign-in tokens: create, revoke', async ({ request, emulator }) => {
    const api = bapi(request, emulator);
    const id = await userId(api, emulator.user.emailAddress);
    const created = await api.post('/v1/sessions', { user_id: id });
    expect(created.status()).toBe(200);
    const { id: sessionId } = (await created.json()) as { id: string };
    for (const response of [
      await api.get(`/v1/sessions?user_id=${id}`),
      await api.get(`/v1/sessions?user_id=${id}&status=active`),
      await api.get(`/v1/sessions/${sessionId}`),
      await api.post(`/v1/sessions/${sessionId}/tokens`, { expires_in_seconds: 120 }),
      await api.post(`/v1/sessions/${sessionId}/revoke`),
    ]) {
      expect(response.status(), response.url()).toBe(200);
    }
    expect((await api.post(`/v1/sessions/${sessionId}/tokens`)).status(), 'revoked session').toBe(401);
    const token = await api.post('/v1/sign_in_tokens', { user_id: id, expires_in_seconds: 300 });
    expect(token.status()).toBe(200);
    const { id: tokenId } = (await token.json()) as { id: string };
    expect((await api.post(`/v1/sign_in_tokens/${tokenId}/revoke`)).status()).toBe(200);
  });

  test('handshake payload for a nonce handshake', async ({ request, emulator, fapi }) => {
    const handshake = await request.get(
      fapi.url(`/v1/client/handshake?redirect_url=${encodeURIComponent('http://localhost:3000/')}&format=nonce`),
      { maxRedirects: 0 },
    );
    const nonce = new URL(handshake.headers().location!).searchParams.get('__clerk_handshake_nonce');
    expect(nonce).toBeTruthy();
    expect((await bapi(request, emulator).get(`/v1/clients/handshake_payload?nonce=${nonce}`)).status()).toBe(200);
  });

  test('errors: 401 without the key, 404 unknown ids, 422 missing params', async ({ request, emulator }) => {
    const api = bapi(request, emulator);
    expect((await request.get(`${emulator.bapiUrl}/v1/users`)).status()).toBe(401);
    expect((await api.get('/v1/users/user_missing')).status()).toBe(404);
    expect((await api.get('/v1/sessions')).status()).toBe(422);
    expect((await api.post('/v1/sessions', {})).status()).toBe(422);
    expect((await api.post('/v1/sign_in_tokens', {})).status()).toBe(422);
    expect((await api.get('/v1/clients/handshake_payload?nonce=nope')).status()).toBe(404);
  });

  test('organizations and memberships', async ({ request, emulator }) => {
    test.skip(!implemented('bapi', 'POST', '/v1/organizations'), 'the emulator does not serve organizations yet');
    const api = bapi(request, emulator);
    const id = await userId(api, emulator.user.emailAddress);
    const created = await api.post('/v1/organizations', { name: `Contract ${Date.now()}`, created_by: id });
    expect(created.status()).toBe(200);
    const { id: orgId } = (await created.json()) as { id: string };
    const paths = [
      '/v1/organizations',
      `/v1/organizations/${orgId}`,
      `/v1/organizations/${orgId}/memberships`,
      `/v1/users/${id}/organization_memberships`,
    ];
    for (const path of paths) {
      if (implemented('bapi', 'GET', path.replace(orgId, ':organizationId').replace(id, ':userId')))
        expect((await api.get(path)).status(), path).toBe(200);
    }
  });

  test('@clerk/backend parses every answer it reads (exact application/json)', async ({ emulator }) => {
    const clerk = createClerkClient({ secretKey: emulator.secretKey, apiUrl: emulator.bapiUrl });
    const list = await clerk.users.getUserList({ emailAddress: [emulator.user.emailAddress] });
    expect(list.data[0]?.primaryEmailAddress?.emailAddress).toBe(emulator.user.emailAddress);
    const session = await clerk.sessions.createSession({ userId: list.data[0]!.id });
    expect(session.status).toBe('active');
    expect((await clerk.sessions.getSessionList({ userId: list.data[0]!.id })).data.length).toBeGreaterThan(0);
  });
});
