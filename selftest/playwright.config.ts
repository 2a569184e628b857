// The project's own tests (`npm test` runs them after typecheck and lint):
//   unit      pure parts: the profile, the judges, webhook builders and signer, redaction
//   emulator  the Clerk emulator's API contract, over HTTP
//   emulator-browser  unmodified clerk-js in Chromium, through a reference app, against the emulator
//   contract  every emulator response validated against schemas from Clerk's OpenAPI specs
//   suite     the go-live suite itself, run as a user runs it: clean against the reference app, and with the
//             fault switches on (in batches; one run per fault when the catalog changed), proving each check
//             fails with its fault on and passes with it off
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../src/browser/chromium.ts';

export default defineConfig({
  testDir: '.',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  reporter: [['list'], ['./closing-line-reporter.ts'], ['./matrix-record-reporter.ts']],
  use: { launchOptions: chromiumLaunchOptions() },
  projects: [
    { name: 'unit', testDir: './unit' },
    { name: 'emulator', testDir: './emulator', testIgnore: '**/*.browser.spec.ts' },
    // Real clerk-js in Chromium against the emulator; its own project (own workers), since it must load
    // @clerk/backend only after routing api.clerk.com to the emulator (fixtures/clerk-network.ts).
    { name: 'emulator-browser', testDir: './emulator', testMatch: '**/*.browser.spec.ts', timeout: 60_000 },
    { name: 'contract', testDir: './contract' },
    // Each test here runs a whole suite in a child process, two at a time on two cores: one retry absorbs a
    // timing failure of the machine (reported as "flaky", never hidden); a real fault fails both attempts.
    { name: 'suite', testDir: './suite', timeout: 240_000, retries: 1 },
    // The packed tarball installed into fresh apps, as a team installs it (npm, Node's own loader).
    { name: 'pack', testDir: './package', testMatch: /pack\.setup\.ts/, timeout: 180_000 },
    { name: 'package', testDir: './package', dependencies: ['pack'], timeout: 300_000 },
  ],
});
