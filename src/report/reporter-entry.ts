// The readiness reporter (and the secret scrubber) as Playwright reporter entries: the module's absolute path (sources or compiled),
// so it loads from the installed package whatever the user's config directory.
import type { ReporterDescription } from '@playwright/test';
import { packageFile } from '../project/dirs.ts';

export interface ReadinessReporterOptions {
  outputDir?: string;
}

export const READINESS_REPORTER = packageFile('src/report/reporter');

/** Cleans each test's trace and text artifacts of secrets as it ends: list it before every other reporter. */
export const SCRUB_REPORTER = packageFile('src/report/scrub-reporter');

export function readinessReporter(options: ReadinessReporterOptions = {}): ReporterDescription {
  return [READINESS_REPORTER, options];
}
