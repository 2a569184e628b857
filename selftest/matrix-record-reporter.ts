// Says which fault matrix this run has (batched, or full and why), and after a full matrix in which every
// fault of both apps passed, records the catalog's fingerprint (selftest/suite/matrix-record.ts) so the
// following runs batch again. A run that filtered or failed any of the full matrix's tests records nothing.
import type { FullConfig, Reporter, Suite } from '@playwright/test/reporter';
import { fullMatrixRuns, matrixMode, type MatrixMode } from './suite/matrix-plan.ts';
import { RECORD_FILE, writeRecord } from './suite/matrix-record.ts';

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
    if (!this.mode?.full) return;
    const outcomes = new Map(this.matrixTests().map((test) => [test.title, test.outcome()]));
    const expected = fullMatrixRuns().map((run) => run.title);
    const notPassed = expected.filter((title) => !['expected', 'flaky'].includes(outcomes.get(title) ?? 'skipped'));
    if (notPassed.length) {
      console.log(
        `fault matrix: ${notPassed.length} of ${expected.length} full-matrix tests did not pass: not recorded`,
      );
      return;
    }
    const record = writeRecord('a passing full fault matrix (selftest/matrix-record-reporter.ts)');
    console.log(`fault matrix: full matrix passed; recorded ${record.fingerprint} in ${RECORD_FILE}: commit it`);
  }

  private matrixTests() {
    return (this.root?.allTests() ?? []).filter((test) => test.location.file.endsWith(MATRIX_SPEC));
  }

  printsToStdio(): boolean {
    return false;
  }
}
