// The instance configuration file (emulator/instance-config.ts): FAPI's /v1/environment and BAPI's /v1/instance
// and /v1/domains both follow it; the single options (multiSession, allowedOrigins, …) override it.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { InstanceFile } from '../../emulator/instance-config.ts';
import { bearer, expect, startTestEmulator, test } from './fixture.ts';

function instanceFile(settings: InstanceFile): string {
  const path = join(mkdtempSync(join(tmpdir(), 'cgl-instance-')), 'instance.json');
  writeFileSync(path, JSON.stringify(settings));
  return path;
}

interface Environment {
  auth_config: {
    single_session_mode: boolean;
    test_mode: boolean;
    username: string;
    identification_strategies: string[];
  };
  user_settings: {
    attributes: Record<string, { enabled: boolean; used_for_first_factor: boolean; used_for_second_factor: boolean }>;
    password_settings: { min_length: number; disable_hibp: boolean };
    sign_in: { second_factor: { required: boolean; enabled: boolean } };
    sign_up: { mode: string };
    social: Record<string, { enabled: boolean; strategy: string }>;
  };
}

const FILE: InstanceFile = {
  attributes: { username: { enabled: true, firstFactor: true }, phoneNumber: { secondFactor: true } },
  passwordPolicy: { minLength: 12, breachDetection: true },
  secondFactor: { required: true },
  signUpMode: 'restricted',
  sessionMode: 'multi',
  allowedOrigins: ['https://admin.example.com'],
  testMode: false,
  socialConnections: ['google'],
};

test.describe('instance configuration file', { tag: '@emulator' }, () => {
  test('FAPI /v1/environment and BAPI /v1/instance follow the file', async ({ request }) => {
    const emulator = await startTestEmulator('production', { instanceFile: instanceFile(FILE) });
    try {
      const env = (await (
        await request.get(`${emulator.fapiUrl}/v1/environment`, { headers: { origin: 'http://localhost:3000' } })
      ).json()) as Environment;
      expect(env.auth_config).toMatchObject({ single_session_mode: false, test_mode: false, username: 'on' });
      expect(env.auth_config.identification_strategies).toEqual(['email_address', 'phone_number', 'username']);
      const settings = env.user_settings;
      expect(settings.attributes.username).toMatchObject({ enabled: true, used_for_first_factor: true });
      expect(settings.attributes.phone_number).toMatchObject({ used_for_second_factor: true });
      expect(settings.password_settings).toMatchObject({ min_length: 12, disable_hibp: false });
      expect(settings.sign_in.second_factor).toEqual({ required: true, enabled: true });
      expect(settings.sign_up.mode).toBe('restricted');
      expect(settings.social.oauth_google).toMatchObject({ enabled: true, strategy: 'oauth_google' });
      const instance = await request.get(`${emulator.bapiUrl}/v1/instance`, { headers: bearer(emulator) });
      expect(await instance.json()).toMatchObject({ allowed_origins: ['https://admin.example.com'] });
    } finally {
      await emulator.close();
    }
  });

  test('the single options override the file (multiSession: false, allowedOrigins)', async ({ request }) => {
    const emulator = await startTestEmulator('production', {
      instanceFile: instanceFile(FILE),
      multiSession: false,
      allowedOrigins: [],
      domain: 'example.com',
    });
    try {
      const env = (await (await request.get(`${emulator.fapiUrl}/v1/environment`)).json()) as Environment;
      expect(env.auth_config.single_session_mode).toBe(true);
      const instance = await request.get(`${emulator.bapiUrl}/v1/instance`, { headers: bearer(emulator) });
      expect(await instance.json()).toMatchObject({ allowed_origins: null });
      const domains = (await (
        await request.get(`${emulator.bapiUrl}/v1/domains`, { headers: bearer(emulator) })
      ).json()) as { data: { name: string }[] };
      expect(domains.data[0]?.name, 'the configured root domain').toBe('example.com');
    } finally {
      await emulator.close();
    }
  });

  test('no file: the instance as before (phone and email codes, 8 characters, single session)', async ({
    request,
    emulator,
  }) => {
    const env = (await (await request.get(`${emulator.fapiUrl}/v1/environment`)).json()) as Environment;
    expect(env.auth_config).toMatchObject({ single_session_mode: true, test_mode: true, username: 'off' });
    expect(env.auth_config.identification_strategies).toEqual(['email_address', 'phone_number']);
    expect(env.user_settings.password_settings).toMatchObject({ min_length: 8, disable_hibp: true });
    expect(env.user_settings.sign_up.mode).toBe('public');
    expect(env.user_settings.social).toEqual({});
  });

  test('a bad file names the field', async () => {
    const path = instanceFile({ attributes: { username: { enabled: 'yes' } } } as unknown as InstanceFile);
    await expect(startTestEmulator('production', { instanceFile: path })).rejects.toThrow(
      'attributes.username.enabled: expected boolean',
    );
  });
});
