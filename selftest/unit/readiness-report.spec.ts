import { expect, test } from '@playwright/test';
import { buildReadiness, type TestOutcome } from '../../src/report/readiness.ts';
import { renderMarkdown } from '../../src/report/render-markdown.ts';

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
