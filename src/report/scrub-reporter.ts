// Playwright reporter, listed first in the preset: as each test ends, its trace, text attachments, output and
// errors lose their secrets (src/report/scrub.ts), in place. Playwright hands each test's end to the
// reporters one after another, synchronously, and the HTML, JUnit and blob reporters only read or copy
// attachments in their onEnd, after every onTestEnd: what they keep is already clean.
import type { Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { runSecrets } from './run-secrets.ts';
import { scrubResult } from './scrub.ts';

export default class ScrubReporter implements Reporter {
  private secrets: string[] | undefined;

  onTestEnd(test: TestCase, result: TestResult): void {
    this.secrets ??= runSecrets();
    scrubResult(test, result, this.secrets);
  }

  printsToStdio(): boolean {
    return false;
  }
}
