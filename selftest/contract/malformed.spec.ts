// Malformed request bodies get Clerk-style 422s that name the parameter (meta.param_name), in the
// ClerkErrors shape; the contract fixture validates the bodies, these tests check the naming.
import type { APIResponse } from '@playwright/test';

import { bearer, expect, test } from './fixture.ts';

async function paramOf(response: APIResponse): Promise<string | undefined> {
  expect(response.status(), response.url()).toBe(422);
  const body = (await response.json()) as { errors: { meta?: { param_name?: string } }[] };
  return body.errors[0]?.meta?.param_name;
}

test.describe('malformed requests -> 422 naming the parameter', { tag: '@emulator' }, () => {
  test('BAPI: missing and badly typed parameters', async ({ request, emulator }) => {
    const headers = bearer(emulator);
    const bapi = (path: string, data: unknown) => request.post(`${emulator.bapiUrl}${path}`, { headers, data });
    expect(await paramOf(await bapi('/v1/users', {}))).toBe('email_address');
    expect(await paramOf(await bapi('/v1/sessions', {}))).toBe('user_id');
    expect(await paramOf(await bapi('/v1/sign_in_tokens', {}))).toBe('user_id');
    const users = (await (await request.get(`${emulator.bapiUrl}/v1/users`, { headers })).json()) as { id: string }[];
    expect(await paramOf(await bapi('/v1/sign_in_tokens', { user_id: users[0]!.id, expires_in_seconds: 'soon' }))).toBe(
      'expires_in_seconds',
    );
  });

  test('FAPI: sign-in with a strategy and no identifier, attempt without a password', async ({ fapi, emulator }) => {
    expect(await paramOf(await fapi.post('/v1/client/sign_ins', { strategy: 'password' }))).toBe('identifier');
    const created = await fapi.post('/v1/client/sign_ins', { identifier: emulator.user.emailAddress });
    const { id } = ((await created.json()) as { response: { id: string } }).response;
    expect(
      await paramOf(await fapi.post(`/v1/client/sign_ins/${id}/attempt_first_factor`, { strategy: 'password' })),
    ).toBe('password');
  });

  // Not a parameter problem but an unreadable body: Clerk answers 400 request_body_invalid.
  test('BAPI: a body that is not JSON at all -> 400 request_body_invalid', async ({ request, emulator }) => {
    const response = await request.post(`${emulator.bapiUrl}/v1/users`, {
      headers: { ...bearer(emulator), 'content-type': 'application/json' },
      data: '{"email_address": [',
    });
    expect(response.status()).toBe(400);
    expect(((await response.json()) as { errors: { code: string }[] }).errors[0]?.code).toBe('request_body_invalid');
  });
});
