// Runs the go-live suite the way a user does (`npx playwright test` at the repo root, embedded default),
// in a child process with its own ports, auth state and output folder, and reads its JSON report.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { JSONReport, JSONReportSpec, JSONReportSuite } from '@playwright/test/reporter';
import { FAULTS, type ReferenceApp } from '../../targets/faults.ts';
import { faultAppliesTo } from '../../targets/shared/start-env.ts';
import { REFERENCE_APPS } from '../../src/embedded/reference-app.ts';
import type { InstanceKind } from '../../targets/shared/instance.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const SECRETS_REPORTER = resolve(import.meta.dirname, 'secrets-reporter.ts');
// eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
const ANSI = /\x1b\[[0-9;]*m/g;

export interface SuiteRun {
  exitCode: number;
  output: string;
  /** One entry per test: its check id, project, title and final status. */
  tests: {
    check: string | undefined;
    project: string;
    title: string;
    status: string;
    file: string;
    error: string;
    rateLimited: string[];
  }[];
}

export interface SuiteRunOptions {
  /** The reference app the child's embedded stack runs (CGL_REFERENCE_APP); default nextjs. */
  app?: ReferenceApp;
  /** The Clerk instance type (CGL_INSTANCE); default the stack's default (production). */
  instance?: InstanceKind;
  /**
   * Serve the app through the local TLS front (CGL_HTTPS; the embedded default is on). Default off here: the
   * fault matrix runs over plain http, where each fault was proven (the front turns itself on for the
   * https-only faults).
   */
  https?: boolean;
  faults?: string[];
  projects?: string[];
  env?: Record<string, string>;
  /**
   * Keep the config's reporters (the preset's scrubber, HTML and JUnit reports; its readiness report goes to the
   * repo's readiness-report/) instead of replacing them with JSON, and keep what the run leaves in this folder,
   * which the caller removes: results/ (test output, traces), html/ (the HTML report), junit.xml, and
   * secrets.json (the child's secret values, selftest/suite/secrets-reporter.ts). `tests` is then empty.
   */
  artifactsDir?: string;
  /** More arguments for `playwright test` (`--trace=on`). */
  args?: string[];
  /** Reporters besides the JSON one `tests` is read from (e.g. `blob` for a shard; its folder in `env`). */
  reporters?: string[];
}

function* specsOf(suite: JSONReportSuite): Generator<JSONReportSpec> {
  yield* suite.specs;
  for (const child of suite.suites ?? []) yield* specsOf(child);
}

export async function runSuite(options: SuiteRunOptions = {}): Promise<SuiteRun> {
  const dir = mkdtempSync(join(tmpdir(), 'cgl-suite-'));
  const reportPath = join(dir, 'report.json');
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  // The child makes its own embedded stack: nothing of ours may leak into it.
  for (const name of Object.keys(env))
    if (name.startsWith('CGL_') || name.startsWith('CLERK_') || name === 'TARGET_URL') delete env[name];
  // Nor our worker's identity: with TEST_WORKER_INDEX the child's main process would take itself for a worker.
  for (const name of ['TEST_WORKER_INDEX', 'TEST_PARALLEL_INDEX', 'NODE_EXTRA_CA_CERTS']) delete env[name];
  // CGL_FAIL_ON=low: every failed check fails its test here, whatever its severity (the fault matrix needs it).
  Object.assign(env, { CGL_FAIL_ON: 'low' }, options.env, {
    CGL_AUTH_DIR: join(dir, 'auth'),
    PLAYWRIGHT_JSON_OUTPUT_NAME: reportPath,
    CGL_FAULTS: (options.faults ?? []).join(','),
    CGL_REFERENCE_APP: options.app ?? 'nextjs',
    CGL_HTTPS: options.https ? '1' : '0',
  });
  if (options.instance) env.CGL_INSTANCE = options.instance;
  const artifacts = options.artifactsDir;
  if (artifacts)
    Object.assign(env, {
      PW_TEST_REPORTER: SECRETS_REPORTER,
      CGL_SELFTEST_SECRETS_FILE: join(artifacts, 'secrets.json'),
      PLAYWRIGHT_HTML_OUTPUT_DIR: join(artifacts, 'html'),
      PLAYWRIGHT_JUNIT_OUTPUT_FILE: join(artifacts, 'junit.xml'),
    });
  const args = ['playwright', 'test', ...(artifacts ? [] : [`--reporter=${['json', ...(options.reporters ?? [])]}`])];
  args.push(`--output=${join(artifacts ?? dir, 'results')}`);
  for (const project of options.projects ?? []) args.push(`--project=${project}`);
  args.push(...(options.args ?? []));

  const child = spawn('npx', args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', () => {}); // the JSON reporter writes to the file; stdout is noise
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exitCode = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));

  let report: JSONReport | undefined;
  try {
    report = JSON.parse(readFileSync(reportPath, 'utf8')) as JSONReport;
  } catch {
    report = undefined;
  }
  rmSync(dir, { recursive: true, force: true });
  const tests = (report?.suites ?? []).flatMap((suite) =>
    [...specsOf(suite)].flatMap((spec) =>
      spec.tests.map((test) => ({
        check: test.annotations.find((annotation) => annotation.type === 'check')?.description,
        project: test.projectName,
        title: spec.title,
        file: spec.file,
        status: test.results.at(-1)?.status ?? 'skipped',
        // The first lines of the failure, so a self-test that fails says why the suite's test failed.
        error: (test.results.at(-1)?.error?.message ?? '').replace(ANSI, '').split('\n').slice(0, 6).join('\n'),
        // Runtime annotations appear on the result and again on the test: counted once.
        rateLimited: [
          ...new Set(
            [...test.annotations, ...(test.results.at(-1)?.annotations ?? [])]
              .filter((annotation) => annotation.type === 'rate-limited')
              .map((annotation) => annotation.description ?? ''),
          ),
        ],
      })),
    ),
  );
  return { exitCode, output, tests };
}

/** The statuses of every test that proves `checkId`. */
export function statusesOf(run: SuiteRun, checkId: string): string[] {
  return run.tests.filter((test) => test.check === checkId).map((test) => test.status);
}

/** Every reference app: every self-test claim is proven against each (faults only where implemented). */
export const APPS = REFERENCE_APPS;

/** The faults this app implements (a fault without `apps` applies to DEFAULT_FAULT_APPS). */
export function faultsFor(app: ReferenceApp) {
  return FAULTS.filter((fault) => faultAppliesTo(fault.id, app));
}
