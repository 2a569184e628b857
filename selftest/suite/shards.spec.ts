// Sharded CI, as the README shows it: the suite split over two machines (`--shard=1/2`, `--shard=2/2`, each with
// a blob report), merged with `npx playwright merge-reports --config playwright.config.ts`, gives the same
// readiness report (markdown and JSON) as one run of the same tests. With a fault on, so a failure block is
// compared too. The header and preflight projects need no sign-in: the comparison is about the reports.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { runSuite } from './run-suite.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const READINESS_REPORTER = resolve(import.meta.dirname, 'readiness-reporter.ts');
const PROJECTS = ['preflight', 'headers'];
const FAULTS = ['nosniff-missing'];

/** A report with each run's own ports and timings taken out, tests in a fixed order. */
function normalised(text: string): string {
  return text.replace(/https?:\/\/localhost:\d+/g, '<target>').replace(/(localhost|127\.0\.0\.1):\d+/g, '<host>');
}

function readinessJson(dir: string): unknown {
  const report = JSON.parse(normalised(readFileSync(join(dir, 'readiness.json'), 'utf8'))) as {
    items: { tests: { title: string; project: string }[] }[];
  };
  for (const item of report.items)
    item.tests.sort((a, b) => `${a.project} ${a.title}`.localeCompare(`${b.project} ${b.title}`));
  return report;
}

/** readiness.md's lines, sorted: the tests of a check are listed in the order they ended, which shards change. */
const markdownLines = (dir: string) =>
  normalised(readFileSync(join(dir, 'readiness.md'), 'utf8'))
    .split('\n')
    .map((line) => line.split('<br>').sort().join('<br>'))
    .sort();

test('two shards merged give the readiness report of one run', async () => {
  test.setTimeout(600_000);
  const work = mkdtempSync(join(tmpdir(), 'cgl-shards-'));
  try {
    const single = join(work, 'single');
    const env = { CGL_FAIL_ON: 'low' };
    const one = await runSuite({
      projects: PROJECTS,
      faults: FAULTS,
      env: { ...env, PW_TEST_REPORTER: READINESS_REPORTER, CGL_SELFTEST_READINESS_DIR: single },
    });
    expect(one.tests.length, one.output.slice(-2000)).toBeGreaterThan(0);

    const blobs = join(work, 'blobs');
    mkdirSync(blobs);
    const shardTests: string[][] = [];
    for (const shard of [1, 2]) {
      const out = join(work, `shard-${shard}`);
      const run = await runSuite({
        projects: PROJECTS,
        faults: FAULTS,
        args: [`--shard=${shard}/2`],
        reporters: ['blob'],
        env: { ...env, PLAYWRIGHT_BLOB_OUTPUT_DIR: out },
      });
      shardTests.push(run.tests.map((t) => t.title));
      for (const file of readdirSync(out)) cpSync(join(out, file), join(blobs, file));
    }
    // Each shard ran a part, and together all of it.
    expect(shardTests.every((titles) => titles.length > 0 && titles.length < one.tests.length)).toBe(true);

    // The merge, as a user's CI job runs it (their project directory: here a fresh one, for its report folders).
    const merged = join(work, 'project');
    const merge = spawn('npx', ['playwright', 'merge-reports', '--config', join(ROOT, 'playwright.config.ts'), blobs], {
      cwd: ROOT,
      env: { ...process.env, ...env, CGL_PROJECT_DIR: merged },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    merge.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    merge.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise((done) => merge.on('close', done));
    expect(output).toContain('Go-live readiness: NOT READY');

    const mergedReport = join(merged, 'readiness-report');
    expect(readinessJson(mergedReport)).toEqual(readinessJson(single));
    expect(markdownLines(mergedReport)).toEqual(markdownLines(single));
    expect(readFileSync(join(mergedReport, 'readiness.md'), 'utf8')).toContain('`headers.nosniff`');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
