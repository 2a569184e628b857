// preflight.user-export's judge on canned export tallies: a full, repeat-free paging passes; repeats, a short
// list, an error fail; a moving count, the cap and the time limit are skips that say so.
import { expect, test } from '@playwright/test';
import { exportPageSize, judgeUserExport, type UserExportFacts } from '../../src/checks/index.ts';

const clean: UserExportFacts = {
  url: 'https://api.clerk.com/v1/users',
  countBefore: 9,
  countAfter: 9,
  pageSize: 3,
  pages: 4,
  listed: 9,
  distinct: 9,
  ended: true,
  stoppedAt: null,
  elapsedMs: 1200,
};

test('preflight.user-export: every user once, ended by a short page -> pass, the fix says how to export', () => {
  const verdict = judgeUserExport(clean);
  expect(verdict.pass).toBe(true);
  expect(verdict.skip).toBeUndefined();
  expect(verdict.fix).toContain('Export users');
  expect(verdict.fix).toContain('GET /v1/users?limit=500');
});

test('preflight.user-export: repeated users (offset ignored) -> fail naming the repeats', () => {
  const verdict = judgeUserExport({ ...clean, listed: 6, distinct: 3, ended: false, pages: 2 });
  expect(verdict.pass).toBe(false);
  expect(verdict.fix).toContain('3 users were listed more than once');
});

test('preflight.user-export: the list ends short of the count -> fail', () => {
  const verdict = judgeUserExport({ ...clean, listed: 7, distinct: 7 });
  expect(verdict.pass).toBe(false);
  expect(verdict.fix).toContain('/v1/users/count reports 9');
});

test('preflight.user-export: a 500 mid-export -> fail naming the request', () => {
  const error = 'GET /v1/users?limit=3&offset=3 answered 500';
  const verdict = judgeUserExport({ ...clean, listed: 3, distinct: 3, ended: false, error });
  expect(verdict.pass).toBe(false);
  expect(verdict.actual).toContain(error);
});

test('preflight.user-export: a count that moved, the cap, the time limit -> skips that say why', () => {
  expect(judgeUserExport({ ...clean, countAfter: 10 }).skip).toContain('changed during the export');
  const capped = judgeUserExport({ ...clean, countBefore: 20_000, countAfter: 20_000, stoppedAt: 'cap', ended: false });
  expect(capped.skip).toContain('Verified up to the cap of 10000 users');
  expect(judgeUserExport({ ...clean, stoppedAt: 'time', ended: false }).skip).toContain('time limit of 60 s');
});

test('preflight.user-export: page sizes exercise paging and stay within Clerk limits', () => {
  expect(exportPageSize(0)).toBe(1);
  expect(exportPageSize(1)).toBe(1);
  expect(exportPageSize(9)).toBe(3);
  expect(exportPageSize(2_000)).toBe(500);
  expect(exportPageSize(1_000_000)).toBe(500);
});
