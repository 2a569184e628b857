// Says which fault matrix this run has (batched, with the changed faults alone, or full, and why), and after a
// matrix that proved a changed catalog (full, or the changed faults alone and the rest batched) with every run
// of every app passing, records the catalog (selftest/suite/matrix-record.ts) so the following runs batch
// again. A run that filtered or failed any of those tests records nothing.
import type { FullConfig, Reporter, Suite } from '@playwright/test/reporter';
import { matrixMode, matrixRuns, type MatrixMode } from './suite/matrix-plan.ts';
import { catalogFingerprint, readRecord, RECORD_FILE, writeRecord } from './suite/matrix-record.ts';

const MATRIX_SPEC = 'fault-matrix.spec.ts';

export default class MatrixRecordReporter implements Reporter {
  private root: Suite | undefined;
  private mode: MatrixMode | undefined;

  onBegin(_config: FullConfig, suite: Suite): void {
    this.root = suite;
    if (!this.matrixTests().length) return;
    this.mode = matrixMode();
    console.log(`fault matrix: ${this.mode.reason}`);
  }

  onEnd(): void {
    const mode = this.mode;
    if (!mode || (!mode.full && readRecord()?.fingerprint === catalogFingerprint())) return;
    const outcomes = new Map(this.matrixTests().map((test) => [test.title, test.outcome()]));
    const expected = matrixRuns(mode).map((run) => run.title);
    const notPassed = expected.filter((title) => !['expected', 'flaky'].includes(outcomes.get(title) ?? 'skipped'));
    const which = mode.full ? 'full matrix' : `matrix (${mode.alone.length} changed faults alone, the rest batched)`;
    if (notPassed.length) {
      console.log(`fault matrix: ${notPassed.length} of ${expected.length} ${which} tests did not pass: not recorded`);
      return;
    }
    const source = mode.full
      ? 'a passing full fault matrix (selftest/matrix-record-reporter.ts)'
      : `a passing matrix with ${mode.alone.join(', ') || 'no fault'} alone and the rest batched (selftest/matrix-record-reporter.ts)`;
    const record = writeRecord(source);
    console.log(`fault matrix: ${which} passed; recorded ${record.fingerprint} in ${RECORD_FILE}: commit it`);
  }

  private matrixTests() {
    return (this.root?.allTests() ?? []).filter((test) => test.location.file.endsWith(MATRIX_SPEC));
  }

  printsToStdio(): boolean {
    return false;
  }
}
