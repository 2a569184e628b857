// FAPI sign-in, setActive (touch), token refresh and sign-out, as clerk-js drives them.
import { expect, test } from './fixture.ts';

interface ClerkErrorBody {
  errors: { code: string; message: string; long_message: string; meta: { param_name?: string } }[];
}

test.describe('FAPI sign-in', { tag: '@emulator' }, () => {
  test('identifier + password -> complete, with an active session on the client', async ({ fapi, emulator }) => {
    const { sessionId, body } = await fapi.signIn(emulator.user.emailAddress, emulator.user.password);
    expect(body.response).toMatchObject({ object: 'sign_in_attempt', status: 'complete' });
    expect(sessionId).toMatch(/^sess_/);
    expect(body.client?.sessions.map((s) => s.id)).toEqual([sessionId]);
    expect(body.client?.last_active_session_id).toBe(sessionId);
  });

  test('wrong password -> 422 form_password_incorrect on param password', async ({ fapi, emulator }) => {
    const response = await fapi.post('/v1/client/sign_ins', {
      identifier: emulator.user.emailAddress,
      password: 'wrong-password',
      strategy: 'password',
    });
    expect(response.status()).toBe(422);
    const body = (await response.json()) as ClerkErrorBody;
    expect(body.errors[0]).toMatchObject({ code: 'form_password_incorrect', meta: { param_name: 'password' } });
    expect(body.errors[0]?.long_message).toBeTruthy();
  });

  test('unknown identifier -> 422 form_identifier_not_found', async ({ fapi }) => {
    const response = await fapi.post('/v1/client/sign_ins', {
      identifier: 'nobody@example.com',
      password: 'x',
      strategy: 'password',
    });
    expect(response.status()).toBe(422);
    expect(((await response.json()) as ClerkErrorBody).errors[0]?.code).toBe('form_identifier_not_found');
  });

  test('identifier first, then attempt_first_factor with the password -> complete', async ({ fapi, emulator }) => {
    const created = await fapi.post('/v1/client/sign_ins', { identifier: emulator.user.emailAddress });
    const signIn = (
      (await created.json()) as {
        response: { id: string; status: string; supported_first_factors: { strategy: string }[] };
      }
    ).response;
    expect(signIn.status).toBe('needs_first_factor');
    expect(signIn.supported_first_factors.map((f) => f.strategy)).toEqual(['password', 'email_code']);
    const attempt = await fapi.post(`/v1/client/sign_ins/${signIn.id}/attempt_first_factor`, {
      strategy: 'password',
      password: emulator.user.password,
    });
    expect(attempt.status()).toBe(200);
    expect(((await attempt.json()) as { response: { status: string } }).response.status).toBe('complete');
  });

  test('email_code for a +clerk_test address accepts 424242', async ({ fapi, emulator }) => {
    const created = await fapi.post('/v1/client/sign_ins', { identifier: emulator.user.emailAddress });
    const signIn = (
      (await created.json()) as {
        response: { id: string; supported_first_factors: { strategy: string; email_address_id?: string }[] };
      }
    ).response;
    const factor = signIn.supported_first_factors.find((f) => f.strategy === 'email_code');
    await fapi.post(`/v1/client/sign_ins/${signIn.id}/prepare_first_factor`, {
      strategy: 'email_code',
      email_address_id: factor?.email_address_id ?? '',
    });
    const wrong = await fapi.post(`/v1/client/sign_ins/${signIn.id}/attempt_first_factor`, {
      strategy: 'email_code',
      code: '000000',
    });
    expect(wrong.status()).toBe(422);
    const right = await fapi.post(`/v1/client/sign_ins/${signIn.id}/attempt_first_factor`, {
      strategy: 'email_code',
      code: '424242',
    });
    expect(((await right.json()) as { response: { status: string } }).response.status).toBe('complete');
  });

  test('a second sign-in on a signed-in client -> 400 session_exists (single-session mode)', async ({
    fapi,
    emulator,
  }) => {
    await fapi.signIn(emulator.user.emailAddress, emulator.user.password);
    const again = await fapi.post('/v1/client/sign_ins', {
      identifier: emulator.user.emailAddress,
      password: emulator.user.password,
      strategy: 'password',
    });
    expect(again.status()).toBe(400);
    expect(((await again.json()) as ClerkErrorBody).errors[0]?.code).toBe('session_exists');
  });

  test('touch -> the session with a last_active_token; tokens -> { object: token, jwt }', async ({
    fapi,
    emulator,
  }) => {
    const { sessionId } = await fapi.signIn(emulator.user.emailAddress, emulator.user.password);
    const touch = await fapi.post(`/v1/client/sessions/${sessionId}/touch`, { active_organization_id: '' });
    const touched = (await touch.json()) as {
      response: { status: string; last_active_token: { jwt: string } };
      client: { id: string };
    };
    expect(touched.response.status).toBe('active');
    expect(touched.response.last_active_token.jwt).toMatch(/^ey/);
    expect(touched.client.id).toMatch(/^client_/);

    const tokens = await fapi.post(`/v1/client/sessions/${sessionId}/tokens`);
    expect(tokens.status()).toBe(200);
    const token = (await tokens.json()) as { object: string; jwt: string };
    expect(token.object, 'answered unwrapped').toBe('token');
  });

  test('sign-out (DELETE /v1/client/sessions) ends the session: tokens -> 401 signed_out', async ({
    fapi,
    emulator,
  }) => {
    const { sessionId } = await fapi.signIn(emulator.user.emailAddress, emulator.user.password);
    const signOut = await fapi.post('/v1/client/sessions', {}, 'DELETE');
    expect(signOut.status()).toBe(200);
    const body = (await signOut.json()) as { response: { sessions: unknown[]; last_active_session_id: unknown } };
    expect(body.response.sessions).toEqual([]);
    expect(body.response.last_active_session_id).toBeNull();
    const tokens = await fapi.post(`/v1/client/sessions/${sessionId}/tokens`);
    expect(tokens.status()).toBe(401);
    expect(((await tokens.json()) as ClerkErrorBody).errors[0]?.code).toBe('signed_out');
  });

  test('POST /v1/client/sessions/{id}/remove ends one session', async ({ fapi, emulator }) => {
    const { sessionId } = await fapi.signIn(emulator.user.emailAddress, emulator.user.password);
    const removed = await fapi.post(`/v1/client/sessions/${sessionId}/remove`);
    const body = (await removed.json()) as { response: { status: string }; client: { sessions: unknown[] } };
    expect(body.response.status).toBe('removed');
    expect(body.client.sessions).toEqual([]);
  });
});
