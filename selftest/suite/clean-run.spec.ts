// The suite against the clean reference app: everything passes, every folder runs, one sign-in in total.
import { expect, test } from '@playwright/test';
import { FAULTS } from '../../targets/faults.ts';
import { runSuite, statusesOf, type SuiteRun } from './run-suite.ts';

// One clean run shared by the claims below: keep them in one worker, in order.
test.describe.configure({ mode: 'default' });

let run: SuiteRun;

test.beforeAll(async () => {
  run = await runSuite();
});

test('the suite passes against the clean reference app', () => {
  const failed = run.tests.filter((t) => t.status !== 'passed' && t.status !== 'skipped');
  expect(failed, `failed tests:\n${run.output.slice(-4000)}`).toEqual([]);
  expect(run.exitCode).toBe(0);
});

test('tests in all four folders run', () => {
  for (const folder of ['auth', 'api', 'webhooks', 'headers']) {
    const ran = run.tests.filter((t) => t.file.startsWith(`${folder}/`) && t.status === 'passed');
    expect(ran.length, `passed tests in tests/${folder}`).toBeGreaterThan(0);
  }
});

test('one browser sign-in in total', () => {
  expect(run.tests.filter((t) => t.project === 'setup').map((t) => t.status)).toEqual(['passed']);
});

for (const fault of FAULTS) {
  test(`with no fault on, "${fault.caughtBy}" passes`, () => {
    const statuses = statusesOf(run, fault.caughtBy);
    expect(statuses.length, `tests proving ${fault.caughtBy}`).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['passed']));
  });
}
