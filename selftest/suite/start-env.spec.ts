// Each reference app's start script refuses a bad environment at once, naming every problem (never a
// secret's value), before building or listening.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { APPS } from './run-suite.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');

for (const app of APPS) {
  test(`${app}: start.ts with a bad env exits 1 naming each problem`, () => {
    // Only what the start scripts need to run at all, plus the bad values: nothing of ours leaks in.
    const env: NodeJS.ProcessEnv = { ...process.env };
    for (const name of Object.keys(env)) if (name !== 'PATH' && name !== 'HOME') delete env[name];
    Object.assign(env, {
      CGL_APP_PORT: 'eighty',
      CGL_INSTANCE: 'staging',
      CGL_FAULTS: 'no-such-fault',
      CLERK_SECRET_KEY: 'sk_live_SECRETVALUEthatMustNotBePrinted0000000',
    });
    const result = spawnSync(process.execPath, ['--import', 'tsx', `targets/${app}/start.ts`], {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      timeout: 30_000,
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status, output).toBe(1);
    for (const name of [
      'CLERK_API_URL',
      'CLERK_FAPI_URL',
      'CLERK_WEBHOOK_SIGNING_SECRET',
      'CGL_APP_PORT',
      'CGL_INSTANCE',
      'no-such-fault',
    ]) {
      expect(output).toContain(name);
    }
    expect(output).not.toContain('SECRETVALUE');
    expect(output).not.toMatch(/\bat .+\.ts:\d+/); // a message, not a stack trace
  });
}
