// Each fault switch in the reference app, turned on alone, must make the check named for it fail — and
// only that check: a check that fails for someone else's fault proves nothing.
import { expect, test } from '@playwright/test';
import { FAULTS, type FaultArea } from '../../targets/faults.ts';
import { runSuite, statusesOf } from './run-suite.ts';

const PROJECTS_FOR: Record<FaultArea, string[]> = {
  preflight: ['preflight'],
  auth: ['setup'],
  api: ['api'],
  webhooks: ['webhooks'],
  headers: ['headers'],
};

for (const fault of FAULTS) {
  test(`fault "${fault.id}" is caught by "${fault.caughtBy}"`, async () => {
    const run = await runSuite({ faults: [fault.id], projects: PROJECTS_FOR[fault.area] });
    const statuses = statusesOf(run, fault.caughtBy);
    expect(statuses.length, `tests proving ${fault.caughtBy} ran:\n${run.output.slice(-3000)}`).toBeGreaterThan(0);
    expect(statuses, `${fault.caughtBy} fails with ${fault.id} on`).toContain('failed');
    const otherFailures = run.tests.filter((t) => t.status === 'failed' && t.check !== fault.caughtBy).map((t) => t.title);
    expect(otherFailures, 'no other check fails for this fault').toEqual([]);
    expect(run.exitCode).not.toBe(0);
  });
}
