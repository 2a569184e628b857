// Sign-in paths beyond the basics: phone_code for Clerk's test numbers, wrong codes, multi-session.
import { expect, FapiBrowser, startTestEmulator, test } from './fixture.ts';

interface SignInBody {
  response: {
    id: string;
    status: string;
    created_session_id: string | null;
    supported_first_factors: { strategy: string; phone_number_id?: string }[];
  };
  client: { sessions: { id: string }[]; last_active_session_id: string };
}

test.describe('FAPI sign-in paths', { tag: '@emulator' }, () => {
  test('phone_code for +1XXX55501XX accepts 424242; a wrong code -> 422 form_code_incorrect', async ({ fapi }) => {
    const created = await fapi.post('/v1/client/sign_ins', { identifier: '+15555550107' });
    const signIn = ((await created.json()) as SignInBody).response;
    const factor = signIn.supported_first_factors.find((f) => f.strategy === 'phone_code');
    expect(factor?.phone_number_id).toMatch(/^idn_/);
    await fapi.post(`/v1/client/sign_ins/${signIn.id}/prepare_first_factor`, {
      strategy: 'phone_code',
      phone_number_id: factor?.phone_number_id ?? '',
    });
    const wrong = await fapi.post(`/v1/client/sign_ins/${signIn.id}/attempt_first_factor`, {
      strategy: 'phone_code',
      code: '123456',
    });
    expect(wrong.status()).toBe(422);
    expect(((await wrong.json()) as { errors: { code: string }[] }).errors[0]?.code).toBe('form_code_incorrect');
    const right = await fapi.post(`/v1/client/sign_ins/${signIn.id}/attempt_first_factor`, {
      strategy: 'phone_code',
      code: '424242',
    });
    expect(((await right.json()) as SignInBody).response.status).toBe('complete');
  });

  test('attempting a code before preparing -> 400 verification_not_sent', async ({ fapi, emulator }) => {
    const created = await fapi.post('/v1/client/sign_ins', { identifier: emulator.user.emailAddress });
    const { id } = ((await created.json()) as SignInBody).response;
    const attempt = await fapi.post(`/v1/client/sign_ins/${id}/attempt_first_factor`, {
      strategy: 'email_code',
      code: '424242',
    });
    expect(attempt.status()).toBe(400);
  });

  test('multi-session: two users on one client; ending one keeps the other active', async ({ request }) => {
    const emulator = await startTestEmulator('development', { multiSession: true });
    try {
      const env = (await (await request.get(`${emulator.fapiUrl}/v1/environment`)).json()) as {
        auth_config: { single_session_mode: boolean };
      };
      expect(env.auth_config.single_session_mode).toBe(false);
      const fapi = await FapiBrowser.create(request, emulator.fapiUrl);
      const first = await fapi.signIn(emulator.user.emailAddress, emulator.user.password);
      const created = await fapi.post('/v1/client/sign_ins', { identifier: '+15555550107' });
      const signIn = ((await created.json()) as SignInBody).response;
      await fapi.post(`/v1/client/sign_ins/${signIn.id}/prepare_first_factor`, { strategy: 'phone_code' });
      const second = (await (
        await fapi.post(`/v1/client/sign_ins/${signIn.id}/attempt_first_factor`, {
          strategy: 'phone_code',
          code: '424242',
        })
      ).json()) as SignInBody;
      expect(second.client.sessions.map((s) => s.id).sort()).toEqual(
        [first.sessionId, second.response.created_session_id].sort(),
      );

      const ended = (await (
        await fapi.post(`/v1/client/sessions/${second.response.created_session_id}/end`)
      ).json()) as SignInBody;
      expect(ended.client.sessions.map((s) => s.id)).toEqual([first.sessionId]);
      expect(ended.client.last_active_session_id, 'the remaining session becomes the active one').toBe(first.sessionId);
    } finally {
      await emulator.close();
    }
  });
});
