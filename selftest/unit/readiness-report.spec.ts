import { expect, test } from '@playwright/test';
import { buildReadiness, type TestOutcome } from '../../src/report/readiness.ts';
import { renderMarkdown } from '../../src/report/render-markdown.ts';
import { acceptedText } from '../../src/checks/gate.ts';

const outcome = (check: string, status: TestOutcome['status'], detail?: string): TestOutcome => ({
  check,
  title: `${check} test`,
  project: 'p',
  status,
  detail,
});

test('an item fails when any of its tests fails, and the run is then not ready', () => {
  const report = buildReadiness('https://app.example', [
    outcome('headers.nosniff', 'passed'),
    outcome('headers.nosniff', 'failed', 'Expected: nosniff'),
    outcome('headers.hsts', 'skipped', 'http target'),
  ]);
  const byId = Object.fromEntries(report.items.map((i) => [i.id, i.status]));
  expect(byId['headers.nosniff']).toBe('fail');
  expect(byId['headers.hsts']).toBe('skipped');
  expect(byId['auth.sign-in']).toBe('not-run');
  expect(report.ready).toBe(false);
});

test('all checks that ran passed -> ready; the markdown names the verdict, the target and every item', () => {
  const report = buildReadiness('https://app.example', [
    outcome('headers.nosniff', 'passed'),
    outcome('auth.sign-in', 'passed'),
  ]);
  expect(report.ready).toBe(true);
  const markdown = renderMarkdown(report);
  expect(markdown).toContain('READY');
  expect(markdown).toContain('https://app.example');
  expect(markdown).toContain('`headers.nosniff`');
});

test('failure details are listed under the table', () => {
  const markdown = renderMarkdown(buildReadiness('t', [outcome('headers.nosniff', 'failed', 'Found: no header')]));
  expect(markdown).toContain('NOT READY');
  expect(markdown).toContain('Found: no header');
});

test('rate limiting is reported in its own section and does not make the run not ready', () => {
  const limited = {
    ...outcome('api.protected.signed-in-allowed', 'passed'),
    rateLimited: ['Clerk answered 429 to sessions.getToken; retried after 1000 ms (attempt 2).'],
  };
  const report = buildReadiness('https://app.example', [limited, outcome('auth.sign-in', 'passed')]);
  expect(report.ready).toBe(true);
  expect(report.rateLimited).toEqual([{ title: limited.title, waits: limited.rateLimited }]);
  const markdown = renderMarkdown(report);
  expect(markdown).toContain('## Rate limiting');
  expect(markdown).toContain('429 to sessions.getToken');
  expect(renderMarkdown(buildReadiness('https://app.example', [outcome('auth.sign-in', 'passed')]))).not.toContain(
    'Rate limiting',
  );
});

test('findings and accepted findings are listed with severity, reason and expiry; only failures make it not ready', () => {
  const finding = 'GET / -> X-Content-Type-Options: nosniff  [headers.nosniff]\n  URL:      https://app.example/';
  const waived = 'GET /pricing -> Content-Security-Policy enforced  [headers.csp]\n  Found:    unsafe-inline';
  const report = buildReadiness(
    'https://app.example',
    [
      { ...outcome('headers.nosniff', 'passed'), findings: [finding] },
      {
        ...outcome('headers.csp', 'passed'),
        accepted: [
          acceptedText(
            { check: 'headers.csp', route: '/pricing', reason: 'widget v3', expires: '2027-01-31' },
            'high',
            waived,
          ),
        ],
      },
      outcome('auth.sign-in', 'passed'),
    ],
    { failOn: 'medium' },
  );
  expect(report.ready).toBe(true);
  const byId = Object.fromEntries(report.items.map((i) => [i.id, i.status]));
  expect(byId['headers.nosniff']).toBe('finding');
  expect(byId['headers.csp']).toBe('accepted');
  expect(report.findings).toEqual([
    { check: 'headers.nosniff', severity: 'low', test: 'headers.nosniff test', finding },
  ]);
  expect(report.accepted).toEqual([
    {
      check: 'headers.csp',
      severity: 'high',
      test: 'headers.csp test',
      finding: waived,
      reason: 'widget v3',
      expires: '2027-01-31',
      route: '/pricing',
    },
  ]);
  // readiness.json is the report as is: the same fields.
  expect(JSON.parse(JSON.stringify(report))).toMatchObject({ failOn: 'medium', accepted: [{ reason: 'widget v3' }] });
  const markdown = renderMarkdown(report);
  expect(markdown).toContain('# Go-live readiness: READY');
  expect(markdown).toContain('1 findings below the fail threshold · 1 accepted (waived)');
  expect(markdown).toContain('Fails on: medium and above');
  expect(markdown).toContain('## Accepted findings (waivers)');
  expect(markdown).toContain('### `headers.csp` (high) on `/pricing`: accepted until 2027-01-31');
  expect(markdown).toContain('Reason: widget v3');
  expect(markdown).toContain('Found:    unsafe-inline');
  expect(markdown).toContain('## Findings below the fail threshold');
  expect(markdown).toContain('### `headers.nosniff` (low)');
  expect(markdown).toContain('URL:      https://app.example/');
  expect(markdown).toContain('below the `medium` severity');
});

test('a finding beside a failure: the run is not ready, counted by its failures', () => {
  const report = buildReadiness('t', [
    { ...outcome('headers.nosniff', 'passed'), findings: ['x'] },
    outcome('headers.csp', 'failed', 'Found: none'),
  ]);
  expect(report.ready).toBe(false);
  expect(report.counts).toMatchObject({ fail: 1, finding: 1 });
  expect(renderMarkdown(buildReadiness('t', [outcome('auth.sign-in', 'passed')]))).not.toContain('Findings');
});
