// The check-profile CLI, run as a user runs it (`clerk-go-live check-profile` in an app directory with a
// playwright.config.ts built from the preset, and a .env): no stack traces, no secret values, exit 1 on a bad
// profile. The app directory borrows this repository's node_modules and imports the preset from source.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { DEV_PUBLISHABLE_KEY, secretKey, webhookSecret } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const CLI = join(ROOT, 'src/cli/main.ts');

let dir: string;

test.beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cgl-cli-'));
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  writeFileSync(join(dir, 'package.json'), '{ "name": "app", "private": true, "type": "module" }\n');
  writeFileSync(
    join(dir, 'playwright.config.ts'),
    `import { goLiveConfig } from ${JSON.stringify(join(ROOT, 'src/preset.ts'))};\nexport default goLiveConfig();\n`,
  );
});

test.afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function run() {
  // Only PATH and HOME from this process: the developer's own CLERK_* variables must not leak in.
  const result = spawnSync(TSX, [CLI, 'check-profile'], {
    cwd: dir,
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'test' },
  });
  return { ...result, output: `${result.stdout}${result.stderr}` };
}

test('a good profile prints warnings and a redacted summary, and exits 0', () => {
  const secrets = [secretKey(), webhookSecret()];
  writeFileSync(
    join(dir, '.env'),
    `TARGET_URL=https://staging.example.com\nCLERK_PUBLISHABLE_KEY=${DEV_PUBLISHABLE_KEY}\nCLERK_SECRET_KEY=${secrets[0]}\nCLERK_WEBHOOK_SECRET=${secrets[1]}\n`,
  );
  const result = run();
  expect(result.status, result.output).toBe(0);
  expect(result.stdout).toContain('clerk-go-live profile OK');
  expect(result.stdout).toContain('secret key set, webhook signing secret set');
  expect(result.stdout).toContain('warning: CLERK_WEBHOOK_SECRET is set');
  expect(result.stdout, 'nothing stated about the instance').toMatch(/instance\s+nothing stated/);
  for (const secret of secrets) expect(result.output).not.toContain(secret);
  // How fast it answers is measured by `npm run bench -- --only=preflight`, not asserted here.
});

test('a bad profile exits 1 with every problem, no stack trace and no secret', () => {
  const misplaced = secretKey();
  writeFileSync(join(dir, '.env'), `TARGET_URL=staging.example.com\nCLERK_PUBLISHABLE_KEY=${misplaced}\n`);
  const result = run();
  expect(result.status).toBe(1);
  expect(result.stderr).toContain('- TARGET_URL: is not a URL');
  expect(result.stderr).toContain('- CLERK_PUBLISHABLE_KEY: holds a secret key');
  expect(result.output).not.toMatch(/\n\s+at /);
  expect(result.output).not.toContain(misplaced);
});

test('the summary states the instance the team expects (CGL_EXPECT_*)', () => {
  writeFileSync(
    join(dir, '.env'),
    `TARGET_URL=https://staging.example.com\nCLERK_PUBLISHABLE_KEY=${DEV_PUBLISHABLE_KEY}\n` +
      'CGL_EXPECT_PASSWORD_MIN_LENGTH=12\nCGL_EXPECT_SESSION_MODE=single\nCGL_EXPECT_SIGN_UP_MODE=restricted\n',
  );
  const result = run();
  expect(result.status, result.output).toBe(0);
  expect(result.stdout).toMatch(/instance\s+password >= 12 characters, sign-up restricted, single-session/);
});

test('no TARGET_URL: explains the embedded mode and checks the route table only', () => {
  writeFileSync(join(dir, 'clerk-go-live.config.json'), JSON.stringify({ routes: { protectedPages: ['/team'] } }));
  const result = run();
  expect(result.status, result.output).toBe(0);
  expect(result.stdout).toContain('TARGET_URL is not set');
  expect(result.stdout).toContain('/team');
});
