// loadProfile's I/O half, in a temporary directory: .env/.env.local precedence, the variables already set
// winning, and the config file in both formats. The environment is a plain object, never process.env.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadEnvFiles, loadProfile, ProfileError } from '../../src/config/index.ts';
import { DEV_PUBLISHABLE_KEY } from './helpers.ts';

let dir: string;

test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cgl-profile-'));
});

test.afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

test('.env.local wins over .env, and variables already set win over both', () => {
  writeFileSync(
    join(dir, '.env'),
    'TARGET_URL=https://from-env-file.example.com\nCGL_SIGN_IN_PATH=/env\nCGL_AFTER_SIGN_IN_PATH=/env\n',
  );
  writeFileSync(join(dir, '.env.local'), 'CGL_SIGN_IN_PATH=/local\nCGL_AFTER_SIGN_OUT_PATH=/local\n');
  const env: Record<string, string | undefined> = { CGL_AFTER_SIGN_OUT_PATH: '/process' };
  loadEnvFiles(dir, env);
  expect(env).toEqual({
    TARGET_URL: 'https://from-env-file.example.com',
    CGL_SIGN_IN_PATH: '/local',
    CGL_AFTER_SIGN_IN_PATH: '/env',
    CGL_AFTER_SIGN_OUT_PATH: '/process',
  });
});

test('no .env files is fine', () => {
  const env: Record<string, string | undefined> = {};
  loadEnvFiles(dir, env);
  expect(env).toEqual({});
});

test('clerk-go-live.config.json is merged', async () => {
  writeFileSync(join(dir, 'clerk-go-live.config.json'), JSON.stringify({ routes: { protectedPages: ['/account'] } }));
  const profile = await loadProfile({
    cwd: dir,
    env: { TARGET_URL: 'https://a.example.com', CLERK_PUBLISHABLE_KEY: DEV_PUBLISHABLE_KEY },
  });
  expect(profile.configFile).toBe('clerk-go-live.config.json');
  expect(profile.routes.protectedPages).toEqual(['/account']);
});

for (const packageType of ['commonjs', 'module']) {
  test(`clerk-go-live.config.ts is loaded through its default export (package type ${packageType})`, async () => {
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: packageType }));
    writeFileSync(
      join(dir, 'clerk-go-live.config.ts'),
      "const pages: string[] = ['/team'];\nexport default { routes: { protectedPages: pages }, " +
        "webhook: { path: '/hooks' } };\n",
    );
    const profile = await loadProfile({
      cwd: dir,
      env: { TARGET_URL: 'https://a.example.com', CLERK_PUBLISHABLE_KEY: DEV_PUBLISHABLE_KEY },
    });
    expect(profile.configFile).toBe('clerk-go-live.config.ts');
    expect(profile.routes.protectedPages).toEqual(['/team']);
    expect(profile.webhook.path).toBe('/hooks');
  });
}

test('both config files, or an unreadable one, is a ProfileError', () => {
  writeFileSync(join(dir, 'clerk-go-live.config.json'), '{ "routes": ');
  const env = { TARGET_URL: 'https://a.example.com', CLERK_PUBLISHABLE_KEY: DEV_PUBLISHABLE_KEY };
  expect(() => loadProfile({ cwd: dir, env })).toThrow(ProfileError);
  expect(() => loadProfile({ cwd: dir, env })).toThrow(/clerk-go-live.config.json: cannot be read/);
  writeFileSync(join(dir, 'clerk-go-live.config.ts'), 'export default {};\n');
  expect(() => loadProfile({ cwd: dir, env })).toThrow(/both exist: keep one of them/);
});
