// clerk-go-live: `npx playwright test` runs the production-readiness suite against TARGET_URL, or, with no
// TARGET_URL, against the bundled reference app wired to the bundled Clerk emulator (the embedded default).
// A team's own playwright.config.ts does the same with `goLiveConfig()` from 'clerk-go-live'.
import { defineConfig } from '@playwright/test';
import { goLiveConfig } from './src/preset.ts';

export default defineConfig(goLiveConfig());
