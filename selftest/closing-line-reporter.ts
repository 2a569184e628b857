// Prints one plain closing line ("selftest: N passed, N failed, N skipped") that CI systems can read
// whatever runner parsers they know.
import type { FullConfig, Reporter, Suite } from '@playwright/test/reporter';

export default class ClosingLineReporter implements Reporter {
  private root: Suite | undefined;

  onBegin(_config: FullConfig, suite: Suite): void {
    this.root = suite;
  }

  onEnd(): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const test of this.root?.allTests() ?? []) {
      const outcome = test.outcome();
      if (outcome === 'skipped') counts.skipped++;
      else if (outcome === 'unexpected') counts.failed++;
      else counts.passed++;
    }
    console.log(`\nselftest: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
