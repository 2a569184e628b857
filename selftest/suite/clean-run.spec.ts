// The suite against each clean reference app, as each Clerk instance type: everything passes, every folder
// runs, one sign-in in total. The production runs are the embedded default exactly (https front on), the
// development runs use plain http. (The fault matrix runs on the default instance type over http.)
import { expect, test } from '@playwright/test';
import { INSTANCE_KINDS } from '../../targets/shared/instance.ts';
import { APPS, faultsFor, runSuite, statusesOf, type SuiteRun } from './run-suite.ts';

for (const [app, instance] of APPS.flatMap((a) => INSTANCE_KINDS.map((i) => [a, i] as const))) {
  const https = instance === 'production';
  const name = `${app} (${instance}, ${https ? 'https' : 'http'})`;

  test.describe(`clean ${name} app`, () => {
    // One clean run per app and instance type, shared by the claims below: keep them in one worker, in
    // order; other groups may still run side by side. The timeout covers a whole suite run (emulator + app
    // + Chromium, sometimes a Next.js build) on 2 cores next to another one.
    test.describe.configure({ mode: 'default', timeout: 600_000 });

    let run: SuiteRun;

    test.beforeAll(async () => {
      // Hooks keep the project's timeout unless told: a whole suite run on a loaded 2-core machine needs more.
      test.setTimeout(600_000);
      run = await runSuite({ app, instance, https });
    });

    test(`the suite passes against the clean ${name} reference app`, () => {
      const failed = run.tests.filter((t) => t.status !== 'passed' && t.status !== 'skipped');
      expect(failed, `failed tests:\n${run.output.slice(-4000)}`).toEqual([]);
      expect(run.exitCode).toBe(0);
    });

    test(`${name}: tests in all four folders run`, () => {
      for (const folder of ['auth', 'api', 'webhooks', 'headers']) {
        const ran = run.tests.filter((t) => t.file.startsWith(`tests/${folder}/`) && t.status === 'passed');
        expect(ran.length, `passed tests in tests/${folder}`).toBeGreaterThan(0);
      }
    });

    test(`${name}: one browser sign-in in total`, () => {
      expect(run.tests.filter((t) => t.project === 'setup').map((t) => t.status)).toEqual(['passed']);
    });

    if (https) {
      test(`${name}: the https-only checks run and pass (HSTS, http -> https redirect)`, () => {
        for (const id of ['headers.hsts', 'headers.https-redirect']) {
          const statuses = statusesOf(run, id);
          expect(statuses.length, `tests proving ${id}`).toBeGreaterThan(0);
          expect(new Set(statuses), id).toEqual(new Set(['passed']));
        }
      });
    }

    // Skipped counts as not failing: some checks only run in some setups (HSTS only over https; the fault
    // matrix turns the https front on for those faults).
    for (const caughtBy of new Set(faultsFor(app).map((fault) => fault.caughtBy))) {
      test(`${name}: with no fault on, "${caughtBy}" does not fail`, () => {
        const statuses = statusesOf(run, caughtBy);
        expect(statuses.length, `tests proving ${caughtBy}`).toBeGreaterThan(0);
        expect(statuses.filter((status) => status !== 'passed' && status !== 'skipped')).toEqual([]);
      });
    }
  });
}
