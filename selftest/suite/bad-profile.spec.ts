// A malformed profile stops `npx playwright test` at once, naming every bad field, before any server or
// browser starts.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

test('a malformed profile exits non-zero naming each bad field, and starts nothing', () => {
  const env: NodeJS.ProcessEnv = { ...process.env, TARGET_URL: 'not-a-url', CLERK_SECRET_KEY: 'pk_live_x' };
  delete env.CGL_EMBEDDED;
  const result = spawnSync('npx', ['playwright', 'test', '--reporter=line'], {
    cwd: resolve(import.meta.dirname, '../..'),
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  expect(result.status).toBe(1);
  expect(output).toContain('TARGET_URL');
  expect(output).toContain('CLERK_SECRET_KEY');
  expect(output).toContain('CLERK_PUBLISHABLE_KEY');
  expect(output).not.toMatch(/\bat .+\.ts:\d+/); // no stack trace
  expect(output).not.toContain('Running'); // no test, server or browser started
});

test('a bad failOn or waiver in the settings stops the run the same way, naming the field', () => {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CGL_SETTINGS: JSON.stringify({
      failOn: 'urgent',
      waivers: [{ check: 'headers.csp', reason: ' ', expires: '2027-02-30' }],
    }),
    CGL_SETTINGS_SOURCE: 'clerk-go-live.config.ts',
  };
  delete env.CGL_EMBEDDED;
  const result = spawnSync('npx', ['playwright', 'test', '--reporter=line'], {
    cwd: resolve(import.meta.dirname, '../..'),
    env,
    encoding: 'utf8',
    timeout: 30_000,
  });
  const output = `${result.stdout}${result.stderr}`;
  expect(result.status).toBe(1);
  expect(output).toContain(
    'clerk-go-live.config.ts: failOn: is "urgent", but must be one of critical, high, medium, low',
  );
  expect(output).toContain('clerk-go-live.config.ts: waivers[0].reason: must say why');
  expect(output).toContain('clerk-go-live.config.ts: waivers[0].expires: "2027-02-30" is not a date');
  expect(output).not.toContain('Running');
});
