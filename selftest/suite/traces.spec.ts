// A failed test keeps its trace, and nothing the run leaves behind holds a secret: the suite run as a user
// runs it (the preset's own reporters), with a fault that fails a signed-in check. Every trace zip, the HTML
// report (its data/ copies and the report data inlined in index.html) and junit.xml are searched for the
// child's secret values, JWTs, Clerk keys and session cookie values; every trace still reads back as a zip of
// valid JSON lines whose resources are all there, as Playwright's trace viewer needs.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readZip, type ZipEntry } from '../../src/report/zip.ts';
import { runSuite } from './run-suite.ts';
import { SECRET_NAMES } from './secrets-reporter.ts';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

/** What a reader of `text` could find: each leak named, at most a few characters of it shown. */
function leaksIn(text: string, secrets: string[]): string[] {
  const leaks = secrets.filter((secret) => text.includes(secret)).map((s) => `secret value ${s.slice(0, 6)}…`);
  const shapes: [string, RegExp][] = [
    ['JWT', /eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]*/],
    ['secret key', /sk_(?:test|live)_\w{8,}/],
    ['webhook secret', /whsec_[A-Za-z0-9+/=]{8,}/],
    ['__session cookie value', /__session(?:_[\w-]+)?=(?!\[redacted)[^;,&\s"\\]/],
    ['__session cookie object', /"name"\s*:\s*"__session(?:_[\w-]+)?"\s*,\s*"value"\s*:\s*"(?!\[redacted)[^"]/],
  ];
  for (const [what, shape] of shapes) if (shape.test(text)) leaks.push(what);
  return leaks;
}

/** A trace the viewer can open: its JSON-lines entries parse, and every resource they name is in the zip. */
function traceProblems(entries: ZipEntry[]): string[] {
  const names = new Set(entries.map((entry) => entry.name));
  const problems: string[] = [];
  if (![...names].some((name) => name.endsWith('.trace'))) problems.push('no .trace entry');
  for (const { name, data } of entries.filter((e) => /\.(trace|network)$/.test(e.name))) {
    for (const line of data.toString('utf8').split('\n').filter(Boolean)) {
      try {
        JSON.parse(line);
      } catch {
        problems.push(`${name}: a line is not JSON`);
        break;
      }
    }
    for (const [, sha1] of data.toString('utf8').matchAll(/"_sha1"\s*:\s*"([^"]+)"/g)) {
      if (!names.has(`resources/${sha1}`)) problems.push(`${name}: resources/${sha1} is missing`);
    }
  }
  return problems;
}

interface Checked {
  traces: number;
  redactions: number;
}

/**
 * Runs the suite with the signed-in fault and `args`, then checks every trace zip, the HTML report and
 * junit.xml it left: readable traces, no secret value and no token, key or session cookie shape anywhere.
 */
async function runAndCheck(args: string[]): Promise<Checked> {
  const dir = mkdtempSync(join(tmpdir(), 'cgl-traces-'));
  try {
    const run = await runSuite({ faults: ['dashboard-fails-signed-in'], projects: ['auth'], artifactsDir: dir, args });
    const secretsByName = JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8')) as Record<string, string>;
    const secrets = SECRET_NAMES.map((name) => secretsByName[name] ?? '');
    expect(
      secrets.every((secret) => secret.length >= 8),
      'the child made its secrets',
    ).toBe(true);

    const junit = readFileSync(join(dir, 'junit.xml'), 'utf8');
    expect(junit, run.output.slice(-3000)).toMatch(/failures="[1-9]/);
    expect(run.exitCode).not.toBe(0);

    const traces = filesUnder(join(dir, 'results')).filter((file) => file.endsWith('.zip'));
    const html = filesUnder(join(dir, 'html'));
    const htmlTraces = html.filter((file) => file.endsWith('.zip'));
    expect(htmlTraces.length, 'the HTML report holds the traces').toBeGreaterThanOrEqual(traces.length);

    let redactions = 0;
    for (const file of [...traces, ...htmlTraces]) {
      const entries = readZip(readFileSync(file));
      expect(traceProblems(entries), file).toEqual([]);
      for (const { name, data } of entries) {
        const text = data.toString('latin1');
        expect(leaksIn(text, secrets), `${file} ${name}`).toEqual([]);
        redactions += text.split('[redacted').length - 1;
      }
    }

    // The HTML report inlines its data as a base64 zip in index.html; every other file is searched as it is.
    for (const file of html.filter((f) => !f.endsWith('.zip'))) {
      const text = readFileSync(file, 'latin1');
      expect(leaksIn(text, secrets), file).toEqual([]);
      const inlined = /data:application\/zip;base64,([A-Za-z0-9+/=]+)/.exec(text)?.[1];
      for (const { name, data } of inlined ? readZip(Buffer.from(inlined, 'base64')) : []) {
        expect(leaksIn(data.toString('utf8'), secrets), `${file} (inlined ${name})`).toEqual([]);
      }
    }
    expect(leaksIn(junit, secrets), 'junit.xml').toEqual([]);
    return { traces: traces.length, redactions };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test.describe.configure({ timeout: 600_000 });

test('by default a failed test keeps a readable trace, and no trace, HTML report or JUnit file holds a secret', async () => {
  const { traces, redactions } = await runAndCheck([]);
  expect(traces, 'the failed test kept a trace').toBeGreaterThan(0);
  // The trace did carry secrets (the signed-in session's cookies at least): they were removed, not absent.
  expect(redactions, 'redactions in the traces').toBeGreaterThan(0);
});

test('with --trace=on every trace, the sign-in with its password and testing token too, holds no secret', async () => {
  const { traces } = await runAndCheck(['--trace=on']);
  // The sign-in, its sign-out teardown and the auth project's tests: many more than the failed one.
  expect(traces, 'every test kept a trace').toBeGreaterThan(3);
});
