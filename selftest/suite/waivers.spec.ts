// Severity and waivers, end to end: the suite run as a user runs it, with two header faults on. A waiver in
// the settings accepts the medium-severity one (its tests pass, readiness.md lists it accepted with reason and
// expiry), the low-severity one is a finding below CGL_FAIL_ON=medium, and the run is READY. Once the waiver
// has expired, the same fault fails the run again, and the failure says the waiver expired. (The start-up
// warning for an expired waiver is proven in selftest/unit/profile-waivers.spec.ts: a child run from here
// inherits TEST_WORKER_INDEX and so prints no profile warnings.)
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { utcToday } from '../../src/checks/gate.ts';
import { runSuite, statusesOf } from './run-suite.ts';

const READINESS_REPORTER = resolve(import.meta.dirname, 'readiness-reporter.ts');
const daysFromToday = (days: number) => utcToday(new Date(Date.now() + days * 86_400_000));
const REASON = 'the embed partner frames our pages until its contract ends';

/** The child's env: the waiver as goLiveConfig({ settings }) would hand it on, and a readiness report folder. */
function withWaiver(expires: string, failOn?: string) {
  const dir = mkdtempSync(join(tmpdir(), 'cgl-waivers-'));
  const settings = { waivers: [{ check: 'headers.frame-protection', reason: REASON, expires }] };
  return {
    dir,
    env: {
      ...(failOn && { CGL_FAIL_ON: failOn }),
      CGL_SETTINGS: JSON.stringify(settings),
      CGL_SETTINGS_SOURCE: 'waivers.spec.ts settings',
      PW_TEST_REPORTER: READINESS_REPORTER,
      CGL_SELFTEST_READINESS_DIR: dir,
    },
  };
}

test.describe.configure({ timeout: 600_000 });

test('an unexpired waiver accepts its check and a low finding passes: the run is READY and the report says why', async () => {
  const expires = daysFromToday(60);
  const { dir, env } = withWaiver(expires, 'medium');
  const run = await runSuite({ faults: ['framing-allowed', 'nosniff-missing'], projects: ['headers'], env });
  const failed = run.tests.filter((t) => t.status === 'failed').map((t) => `${t.title}\n${t.error}`);
  expect(failed, run.output.slice(-3000)).toEqual([]);
  expect(run.exitCode).toBe(0);
  for (const id of ['headers.frame-protection', 'headers.nosniff']) {
    const statuses = statusesOf(run, id);
    expect(statuses.length, `tests proving ${id}`).toBeGreaterThan(0);
    expect(new Set(statuses), id).toEqual(new Set(['passed']));
  }

  const markdown = readFileSync(join(dir, 'readiness.md'), 'utf8');
  expect(markdown).toContain('# Go-live readiness: READY');
  expect(markdown).toContain('## Accepted findings (waivers)');
  expect(markdown).toContain(`### \`headers.frame-protection\` (medium): accepted until ${expires}`);
  expect(markdown).toContain(`Reason: ${REASON}`);
  expect(markdown).toContain('## Findings below the fail threshold');
  expect(markdown).toContain('### `headers.nosniff` (low)');
  expect(markdown).toContain('Expected: X-Content-Type-Options: nosniff');

  const json = JSON.parse(readFileSync(join(dir, 'readiness.json'), 'utf8')) as {
    ready: boolean;
    failOn: string;
    accepted: { check: string; reason: string; expires: string }[];
    findings: { check: string; severity: string }[];
  };
  expect(json).toMatchObject({ ready: true, failOn: 'medium' });
  expect(new Set(json.accepted.map((a) => [a.check, a.reason, a.expires].join(' | ')))).toEqual(
    new Set([`headers.frame-protection | ${REASON} | ${expires}`]),
  );
  expect(new Set(json.findings.map((f) => `${f.check} ${f.severity}`))).toEqual(new Set(['headers.nosniff low']));
  rmSync(dir, { recursive: true, force: true });
});

test('an expired waiver no longer holds: its check fails the run, naming the waiver and its expiry', async () => {
  const expired = daysFromToday(-1);
  // No CGL_FAIL_ON here: runSuite's default (low) makes the low-severity nosniff fault fail too.
  const { dir, env } = withWaiver(expired);
  const run = await runSuite({ faults: ['framing-allowed', 'nosniff-missing'], projects: ['headers'], env });
  rmSync(dir, { recursive: true, force: true });
  expect(statusesOf(run, 'headers.frame-protection')).toContain('failed');
  const failure = run.tests.find((t) => t.check === 'headers.frame-protection' && t.status === 'failed');
  expect(failure?.error).toContain(`The waiver for headers.frame-protection expired on ${expired} (reason: ${REASON})`);
  expect(statusesOf(run, 'headers.nosniff')).toContain('failed');
  expect(run.exitCode).not.toBe(0);
});
