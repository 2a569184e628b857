// Each fault switch in each reference app must make the check named for it fail — and only the checks its
// run is about: a check that fails for no fault of the run proves nothing. By default faults run in batches
// (selftest/suite/fault-batches.ts): the faults of a batch are on together in one child suite, each one's
// check must fail, and no check outside the batch's may. The full matrix (one run per fault, and then no
// other check may fail) runs with CGL_FULL_MATRIX=1 and whenever the catalog changed since its last pass
// (selftest/suite/matrix-record.ts). A fault that declares `apps` is proven only against those apps.
import { expect, test } from '@playwright/test';
import { matrixRuns } from './matrix-plan.ts';
import { runSuite, statusesOf } from './run-suite.ts';

for (const { title, app, faults, projects } of matrixRuns()) {
  test(title, async () => {
    // One suite run, several areas, on 2 cores next to another run: a whole clean run's budget.
    if (faults.length > 1) test.setTimeout(600_000);
    const run = await runSuite({ app, faults: faults.map((fault) => fault.id), projects });
    const on = faults.map((fault) => fault.id).join(', ');
    for (const fault of faults) {
      await test.step(`"${fault.id}" -> "${fault.caughtBy}"`, () => {
        const statuses = statusesOf(run, fault.caughtBy);
        const ran = `tests proving ${fault.caughtBy} ran (${fault.id} on):\n${run.output.slice(-3000)}`;
        expect.soft(statuses.length, ran).toBeGreaterThan(0);
        expect.soft(statuses, `${fault.caughtBy} fails with ${fault.id} on (faults on: ${on})`).toContain('failed');
      });
    }
    const caughtBy = new Set(faults.map((fault) => fault.caughtBy));
    const otherFailures = run.tests
      .filter((t) => t.status === 'failed' && !caughtBy.has(t.check ?? ''))
      .map((t) => `${t.check ?? '(no check)'}: ${t.title}\n${t.error}`);
    expect(otherFailures, `no check but ${[...caughtBy].join(', ')} fails with ${on} on`).toEqual([]);
    expect(run.exitCode, 'the suite exits non-zero').not.toBe(0);
  });
}
