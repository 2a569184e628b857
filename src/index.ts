// clerk-go-live: the production-readiness suite for Clerk apps, as a Playwright config preset.
//
//   // playwright.config.ts
//   import { defineConfig } from '@playwright/test';
//   import { goLiveConfig } from 'clerk-go-live';
//   export default defineConfig(goLiveConfig());
//
// Settings live in clerk-go-live.config.ts (`export default defineConfig({ routes: … })`), secrets in the
// environment. `clerk-go-live/fixtures` has `test` and `expect` for a team's own checks.
export { goLiveConfig, type GoLiveOptions } from './preset.ts';
export { defineConfig, type CglConfig } from './config/schema.ts';
export type { Profile } from './config/types.ts';
export { CHECKLIST_SECTIONS, type ChecklistSection, type Severity, type CheckId } from './checks/index.ts';
export { readinessReporter, READINESS_REPORTER, type ReadinessReporterOptions } from './report/reporter-entry.ts';
