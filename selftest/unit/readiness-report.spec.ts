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

test('429s are summarised per Clerk endpoint: count, time waited and the tests that waited', () => {
  const wait = (what: string, ms: number) => `Clerk answered 429 to ${what}; retried after ${ms} ms (attempt 2).`;
  const report = buildReadiness('https://app.example', [
    { ...outcome('api.protected.signed-in-allowed', 'passed'), rateLimited: [wait('sessions.getToken', 1000)] },
    {
      ...outcome('api.protected.cors', 'passed'),
      rateLimited: [wait('sessions.getToken', 1000), wait('sessions.getToken', 2000)],
    },
    { ...outcome('auth.sign-in', 'passed'), rateLimited: [wait('signInTokens.createSignInToken', 1000)] },
  ]);
  expect(report.rateLimits).toEqual([
    {
      endpoint: 'sessions.getToken',
      count: 3,
      waitedMs: 4000,
      tests: ['api.protected.signed-in-allowed test', 'api.protected.cors test'],
    },
    { endpoint: 'signInTokens.createSignInToken', count: 1, waitedMs: 1000, tests: ['auth.sign-in test'] },
  ]);
  const markdown = renderMarkdown(report);
  expect(markdown).toContain('| Clerk endpoint | 429s | waited | tests |');
  expect(markdown).toContain('| `sessions.getToken` | 3 | 4.0 s |');
});

test('latency measures render as a table: p50, p95, budget and verdict per measure', () => {
  const row = (what: string, p95: number, pass: boolean) => ({
    check: 'performance.latency.protected-api' as const,
    what,
    url: 'https://app.example/api/me',
    mode: 'burst' as const,
    concurrency: 10,
    count: 120,
    p50: 30,
    p95,
    max: p95 + 5,
    budgetMs: 800,
    pass,
  });
  const report = buildReadiness('https://app.example', [
    { ...outcome('performance.latency.protected-api', 'failed'), latency: [row('GET /api/me signed in', 1210, false)] },
    { ...outcome('performance.latency.fapi', 'passed'), latency: [row('GET /v1/environment', 40, true)] },
  ]);
  expect(report.latency.map((r) => r.what)).toEqual(['GET /v1/environment', 'GET /api/me signed in']);
  const markdown = renderMarkdown(report);
  expect(markdown).toContain('## Latency');
  expect(markdown).toContain('| | measure | samples | p50 | p95 | budget (p95) | p95 / budget | check |');
  expect(markdown).toContain(
    '| ❌ | GET /api/me signed in | 120 (10 at a time) | 30 ms | 1210 ms | 800 ms | ██████████ 151% | ' +
      '`performance.latency.protected-api` |',
  );
  expect(markdown).toContain('| ✅ | GET /v1/environment |');
  expect(renderMarkdown(buildReadiness('t', [outcome('auth.sign-in', 'passed')]))).not.toContain('## Latency');
});
