/**
 * (c) The go-live suite's wall time on the embedded default: one `npx playwright test` run as a user
 * runs it (it starts the emulator and the reference app itself), isolated from other runs with its
 * own CGL_AUTH_DIR and --output. Counts come from Playwright's JSON reporter, written to a file.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { start } from './processes.ts';

export interface SuiteResult {
  wallSeconds: number;
  exitCode: number | null;
  passed: number;
  failed: number;
  flaky: number;
  skipped: number;
}

interface JsonReport {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
}

export async function suiteWallTime(timeoutMs: number): Promise<SuiteResult> {
  const dir = mkdtempSync(join(tmpdir(), 'cgl-bench-suite-'));
  const report = join(dir, 'report.json');
  const env = {
    CGL_AUTH_DIR: join(dir, 'auth'),
    PLAYWRIGHT_JSON_OUTPUT_NAME: report,
    // The suite decides embedded vs target from these: make sure it is the embedded default.
    TARGET_URL: '',
    CGL_EMBEDDED: '',
    CGL_APP_PORT: '',
    CGL_FAULTS: '',
  };
  const t0 = performance.now();
  const run = start(
    'playwright',
    'npx',
    ['playwright', 'test', `--output=${join(dir, 'results')}`, '--reporter=json'],
    env,
  );
  const exitCode = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => void run.stop().then(() => resolve(null)), timeoutMs);
    run.child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  const wallSeconds = Math.round((performance.now() - t0) / 100) / 10;
  let stats: NonNullable<JsonReport['stats']> = {};
  try {
    stats = (JSON.parse(readFileSync(report, 'utf8')) as JsonReport).stats ?? {};
  } catch {
    // No report: the run was stopped or crashed; exitCode says so.
  }
  rmSync(dir, { recursive: true, force: true });
  return {
    wallSeconds,
    exitCode,
    passed: stats.expected ?? 0,
    failed: stats.unexpected ?? 0,
    flaky: stats.flaky ?? 0,
    skipped: stats.skipped ?? 0,
  };
}
