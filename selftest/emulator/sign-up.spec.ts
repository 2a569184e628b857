// FAPI sign-up: email + password, then email-code verification, creating the user and a session.
import { expect, test } from './fixture.ts';

interface SignUpBody {
  response: {
    id: string;
    status: string;
    missing_fields: string[];
    unverified_fields: string[];
    created_user_id: string | null;
    created_session_id: string | null;
  };
  client: { sessions: { id: string }[]; sign_up: { id: string } | null };
}
interface ErrorBody {
  errors: { code: string; meta: { param_name?: string } }[];
}

const password = 'sign-up-password-1';

test.describe('FAPI sign-up', { tag: '@emulator' }, () => {
  test(
    'email + password -> missing_requirements with email unverified; email_code 424242 -> ' +
      'complete, user + session',
    async ({ fapi }) => {
      const email = `new-${Date.now()}+clerk_test@example.com`;
      const created = await fapi.post('/v1/client/sign_ups', { email_address: email, password, first_name: 'New' });
      expect(created.status()).toBe(200);
      const signUp = ((await created.json()) as SignUpBody).response;
      expect(signUp).toMatchObject({
        status: 'missing_requirements',
        missing_fields: [],
        unverified_fields: ['email_address'],
      });

      const prepared = await fapi.post(`/v1/client/sign_ups/${signUp.id}/prepare_verification`, {
        strategy: 'email_code',
      });
      expect(prepared.status()).toBe(200);
      const wrong = await fapi.post(`/v1/client/sign_ups/${signUp.id}/attempt_verification`, {
        strategy: 'email_code',
        code: '111111',
      });
      expect(wrong.status()).toBe(422);
      expect(((await wrong.json()) as ErrorBody).errors[0]?.code).toBe('form_code_incorrect');

      const attempt = await fapi.post(`/v1/client/sign_ups/${signUp.id}/attempt_verification`, {
        strategy: 'email_code',
        code: '424242',
      });
      const done = (await attempt.json()) as SignUpBody;
      expect(done.response.status).toBe('complete');
      expect(done.response.created_user_id).toMatch(/^user_/);
      expect(done.client.sessions.map((s) => s.id)).toEqual([done.response.created_session_id]);
      expect(done.client.sign_up).toBeNull();

      // The new user can sign in with the password.
      const again = await fapi.post('/v1/client/sessions', {}, 'DELETE');
      expect(again.status()).toBe(200);
      const { body } = await fapi.signIn(email, password);
      expect(body.response.status).toBe('complete');
    },
  );

  test('PATCH adds the missing password', async ({ fapi }) => {
    const created = await fapi.post('/v1/client/sign_ups', {
      email_address: `patch-${Date.now()}+clerk_test@example.com`,
    });
    const signUp = ((await created.json()) as SignUpBody).response;
    expect(signUp.missing_fields).toEqual(['password']);
    const patched = await fapi.post(`/v1/client/sign_ups/${signUp.id}`, { password }, 'PATCH');
    expect(((await patched.json()) as SignUpBody).response.missing_fields).toEqual([]);
  });

  for (const [name, form, code, param] of [
    [
      'a taken email',
      { email_address: 'go-live+clerk_test@example.com', password },
      'form_identifier_exists',
      'email_address',
    ],
    ['a malformed email', { email_address: 'not-an-email', password }, 'form_param_format_invalid', 'email_address'],
    [
      'a short password',
      { email_address: `short-${Date.now()}@example.com`, password: 'short' },
      'form_password_length_too_short',
      'password',
    ],
  ] as const) {
    test(`${name} -> 422 ${code} on ${param}`, async ({ fapi }) => {
      const response = await fapi.post('/v1/client/sign_ups', form);
      expect(response.status()).toBe(422);
      expect(((await response.json()) as ErrorBody).errors[0]).toMatchObject({ code, meta: { param_name: param } });
    });
  }

  test('a non-test address cannot be verified (nothing is ever sent)', async ({ fapi }) => {
    const created = await fapi.post('/v1/client/sign_ups', {
      email_address: `real-${Date.now()}@example.com`,
      password,
    });
    const { id } = ((await created.json()) as SignUpBody).response;
    await fapi.post(`/v1/client/sign_ups/${id}/prepare_verification`, { strategy: 'email_code' });
    const attempt = await fapi.post(`/v1/client/sign_ups/${id}/attempt_verification`, {
      strategy: 'email_code',
      code: '424242',
    });
    expect(attempt.status()).toBe(422);
  });
});
