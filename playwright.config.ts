// clerk-go-live: `npx playwright test` runs the production-readiness suite against TARGET_URL, or, with no
// TARGET_URL, against the bundled reference app wired to the bundled Clerk emulator (the embedded default).
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './src/browser/chromium.ts';
import { loadEnvFiles } from './src/config/env-files.ts';
import { profileOrExit } from './src/config/profile-or-exit.ts';
import { embeddedWebServers, prepareEmbeddedStack } from './src/embedded/stack.ts';
import { STORAGE_STATE } from './fixtures/paths.ts';

// Paths are absolute so an app's own playwright.config.ts can re-export this one from node_modules.
const here = import.meta.dirname;

loadEnvFiles();
const stack = process.env.TARGET_URL && process.env.CGL_EMBEDDED !== '1' ? null : await prepareEmbeddedStack();
// A bad profile stops here, with one message naming every bad field, before any server or browser starts.
const profile = await profileOrExit();

export default defineConfig({
  testDir: join(here, 'tests'),
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: process.env.CI ? 2 : undefined,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // Humans: the list, Playwright's HTML report and readiness-report/readiness.md (the checklist view).
  // CI: JUnit XML, readiness.json and the GitHub job summary. `--reporter=blob` for sharded runs.
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
    ['junit', { outputFile: 'readiness-report/junit.xml' }],
    [join(here, 'src/report/reporter.ts'), { outputDir: 'readiness-report' }],
  ],
  use: {
    baseURL: profile.baseURL,
    // The embedded https front (CGL_HTTPS=1) has a certificate made at start: trusted for the embedded target only.
    ignoreHTTPSErrors: profile.embedded,
    // Traces record request headers and evaluate() arguments: cookies, Bearer tokens and the test user's
    // password would end up in them. Off unless the user asks for them (`--trace on`).
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: 'preflight', testDir: join(here, 'tests/preflight') },
    // The one browser sign-in per run; its teardown signs that session out after every project using it is done.
    { name: 'setup', testDir: join(here, 'tests/auth'), testMatch: /.*\.setup\.ts/, teardown: 'sign-out' },
    { name: 'sign-out', testDir: join(here, 'tests/auth'), testMatch: /.*\.teardown\.ts/ },
    {
      name: 'auth',
      testDir: join(here, 'tests/auth'),
      dependencies: ['setup'],
      use: { storageState: STORAGE_STATE.user },
    },
    { name: 'api', testDir: join(here, 'tests/api'), dependencies: ['setup'] },
    { name: 'webhooks', testDir: join(here, 'tests/webhooks') },
    { name: 'headers', testDir: join(here, 'tests/headers') },
  ],
  webServer: stack ? embeddedWebServers(stack).map((server) => ({ ...server, cwd: here })) : undefined,
});
