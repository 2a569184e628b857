// Each fault switch in each reference app, turned on alone, must make the check named for it fail — and
// only that check: a check that fails for someone else's fault proves nothing. A fault that declares
// `apps` is proven only against those apps.
import { expect, test } from '@playwright/test';
import type { FaultArea } from '../../targets/faults.ts';
import { APPS, faultsFor, runSuite, statusesOf } from './run-suite.ts';

const PROJECTS_FOR: Record<FaultArea, string[]> = {
  preflight: ['preflight'],
  auth: ['auth'],
  api: ['api'],
  webhooks: ['webhooks'],
  headers: ['headers'],
};

for (const app of APPS) {
  for (const fault of faultsFor(app)) {
    test(`${app}: fault "${fault.id}" is caught by "${fault.caughtBy}"`, async () => {
      const run = await runSuite({ app, faults: [fault.id], projects: PROJECTS_FOR[fault.area] });
      const statuses = statusesOf(run, fault.caughtBy);
      expect(statuses.length, `tests proving ${fault.caughtBy} ran:\n${run.output.slice(-3000)}`).toBeGreaterThan(0);
      expect(statuses, `${fault.caughtBy} fails with ${fault.id} on`).toContain('failed');
      const otherFailures = run.tests
        .filter((t) => t.status === 'failed' && t.check !== fault.caughtBy)
        .map((t) => `${t.title}\n${t.error}`);
      expect(otherFailures, 'no other check fails for this fault').toEqual([]);
      expect(run.exitCode).not.toBe(0);
    });
  }
}
