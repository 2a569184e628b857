// FAPI /v1/environment: what clerk-js needs to boot and render <SignIn/>.
import { expect, test } from './fixture.ts';

interface Environment {
  object: string;
  display_config: { instance_environment_type: string; captcha_oauth_bypass: unknown[] };
  auth_config: { single_session_mode: boolean };
  user_settings: { attributes: Record<string, { enabled: boolean; used_for_first_factor: boolean }> };
}

test.describe('FAPI environment', { tag: '@emulator' }, () => {
  test('GET /v1/environment -> a development instance with email + password sign-in', async ({ fapi }) => {
    const response = await fapi.get('/v1/environment');
    expect(response.status()).toBe(200);
    const env = (await response.json()) as Environment;
    expect(env.object, 'answered unwrapped').toBe('environment');
    expect(env.display_config.instance_environment_type).toBe('development');
    expect(env.display_config.captcha_oauth_bypass).toEqual([]);
    expect(env.user_settings.attributes.email_address).toMatchObject({ enabled: true, used_for_first_factor: true });
    expect(env.user_settings.attributes.password?.enabled).toBe(true);
    expect(Object.keys(env.user_settings.attributes), 'every attribute clerk-js reads is present').toEqual(
      expect.arrayContaining([
        'phone_number',
        'username',
        'web3_wallet',
        'passkey',
        'authenticator_app',
        'backup_code',
      ]),
    );
  });

  test('POST /v1/environment?_method=PATCH -> the same environment (clerk-js method override)', async ({ fapi }) => {
    const response = await fapi.post('/v1/environment', {}, 'PATCH');
    expect(response.status()).toBe(200);
    expect(((await response.json()) as Environment).object).toBe('environment');
  });
});
