// The readiness reporter as a Playwright reporter entry: the module's absolute path (sources or compiled),
// so it loads from the installed package whatever the user's config directory.
import type { ReporterDescription } from '@playwright/test';
import { packageFile } from '../project/dirs.ts';

export interface ReadinessReporterOptions {
  outputDir?: string;
}

export const READINESS_REPORTER = packageFile('src/report/reporter');

export function readinessReporter(options: ReadinessReporterOptions = {}): ReporterDescription {
  return [READINESS_REPORTER, options];
}
