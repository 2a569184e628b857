/**
 * One `npx playwright test` run as a user runs it (it starts the emulator and the reference app itself),
 * isolated from other runs with its own CGL_AUTH_DIR and --output. Counts and each test's outcome come from
 * Playwright's JSON reporter, written to a file; browser sign-ins are counted in the emulator's request log
 * (CGL_EMULATOR_LOG=1: one `session created` line per completed sign-in, whatever the strategy).
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
  /** From the run's start to its first test's (config, global setup, the app's and the emulator's start-up). */
  startupSeconds: number | null;
  /** Sign-ins the emulator completed during the run. */
  signIns: number;
  /** "project › file › title" (ports as <port>) -> Playwright's outcome (expected | unexpected | flaky | skipped). */
  outcomes: Record<string, string>;
}

interface JsonSuite {
  title: string;
  suites?: JsonSuite[];
  specs?: { title: string; tests: { projectName: string; status: string; results?: { startTime?: string }[] }[] }[];
}

interface JsonReport {
  stats?: { expected?: number; unexpected?: number; flaky?: number; skipped?: number };
  suites?: JsonSuite[];
}

/** Titles may hold the run's own ports (redirect_url=https://localhost:38873…): one key across runs. */
/** The earliest start of any test result in the report (ms since the epoch), or null. */
function firstStart(suites: JsonSuite[]): number | null {
  const starts = suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests.flatMap((t) => (t.results ?? []).map((r) => Date.parse(r.startTime ?? ''))),
    ),
    firstStart(suite.suites ?? []) ?? NaN,
  ]);
  const valid = starts.filter((n) => Number.isFinite(n));
  return valid.length ? Math.min(...valid) : null;
}

const titleKey = (title: string) => title.replace(/(localhost|127\.0\.0\.1):\d+/g, '$1:<port>');

function outcomesOf(suites: JsonSuite[], path: string[] = [], into: Record<string, string> = {}) {
  for (const suite of suites) {
    const here = suite.title ? [...path, suite.title] : path;
    for (const spec of suite.specs ?? [])
      for (const t of spec.tests) into[titleKey([t.projectName, ...here, spec.title].join(' › '))] = t.status;
    outcomesOf(suite.suites ?? [], here, into);
  }
  return into;
}

// Sessions created, not sign-in attempts: a check that starts Clerk's flow without finishing it (the CSP
// check submits the identifier) is no sign-in.
const SIGN_IN_LINE = /\[clerk-emulator\] session created/;

export interface SuiteRunOptions {
  timeoutMs: number;
  /** Extra environment for the run (e.g. CGL_PROTECTED_API, CGL_EMULATOR_FAULTS). */
  env?: Record<string, string>;
  /** Extra arguments for `playwright test` (e.g. `--project=api`). */
  args?: string[];
}

export async function suiteWallTime(options: SuiteRunOptions): Promise<SuiteResult> {
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
    CGL_EMULATOR_LOG: '1',
    ...options.env,
  };
  let signIns = 0;
  let partial = '';
  const countSignIns = (text: string) => {
    const lines = (partial + text).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (SIGN_IN_LINE.test(line)) signIns += 1;
  };
  const t0 = performance.now();
  const startedAt = Date.now();
  const run = start(
    'playwright',
    'npx',
    ['playwright', 'test', `--output=${join(dir, 'results')}`, '--reporter=json', ...(options.args ?? [])],
    env,
    countSignIns,
  );
  const exitCode = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => void run.stop().then(() => resolve(null)), options.timeoutMs);
    run.child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  const wallSeconds = Math.round((performance.now() - t0) / 100) / 10;
  let parsed: JsonReport = {};
  try {
    parsed = JSON.parse(readFileSync(report, 'utf8')) as JsonReport;
  } catch {
    // No report: the run was stopped or crashed; exitCode says so.
  }
  rmSync(dir, { recursive: true, force: true });
  const stats = parsed.stats ?? {};
  const first = firstStart(parsed.suites ?? []);
  return {
    wallSeconds,
    exitCode,
    passed: stats.expected ?? 0,
    failed: stats.unexpected ?? 0,
    flaky: stats.flaky ?? 0,
    skipped: stats.skipped ?? 0,
    startupSeconds: first === null ? null : Math.round((first - startedAt) / 100) / 10,
    signIns,
    outcomes: outcomesOf(parsed.suites ?? []),
  };
}
