import { expect, test } from '@playwright/test';
import { conflict, faultBatches, type BatchableFault } from '../suite/fault-batches.ts';
import { batchedMatrixRuns, fullMatrixRuns, MAX_BATCH } from '../suite/matrix-plan.ts';
import { catalogFingerprint } from '../suite/matrix-record.ts';
import { FAULTS } from '../../targets/faults.ts';

const RULES = { maxSize: 3, defaultInstance: 'production', httpsOnly: ['tls'] };
const fault = (id: string, more: Partial<BatchableFault> = {}): BatchableFault => ({
  id,
  area: 'headers',
  caughtBy: `headers.${id}`,
  ...more,
});
const ids = (faults: readonly BatchableFault[]) =>
  faultBatches(faults, RULES).map((batch) => batch.faults.map((f) => f.id));

test('faults caught by the same check never share a run', () => {
  expect(ids([fault('a', { caughtBy: 'headers.csp' }), fault('b', { caughtBy: 'headers.csp' }), fault('c')])).toEqual([
    ['a', 'c'],
    ['b'],
  ]);
});

test('a fault never shares a run with what it masks: an area, a check, or everything', () => {
  const signIn = fault('sign-in', { area: 'auth', caughtBy: 'auth.sign-in', masks: ['auth', 'api'] });
  const page = fault('page', { area: 'auth', caughtBy: 'auth.page' });
  const api = fault('api', { area: 'api', caughtBy: 'api.me' });
  const hook = fault('hook', { area: 'webhooks', caughtBy: 'webhooks.route', masks: ['headers.csp'] });
  const csp = fault('csp', { caughtBy: 'headers.csp' });
  expect(ids([signIn, page, api, hook, csp])).toEqual([
    ['sign-in', 'hook'],
    ['page', 'api', 'csp'],
  ]);
  expect(conflict(csp, hook), 'masking works both ways round').toBe(true);
  const keys = fault('keys', { area: 'preflight', caughtBy: 'preflight.keys', masks: ['*'] });
  expect(ids([keys, fault('x'), fault('y')])).toEqual([['keys'], ['x', 'y']]);
});

test('runs are split by instance type and by the https front, a fault without instance on the default', () => {
  const dev = fault('dev', { instance: 'development' });
  const prod = fault('prod', { instance: 'production' });
  const batches = faultBatches([fault('plain'), dev, fault('tls'), prod], RULES);
  expect(batches.map((b) => [b.instance, b.https, b.faults.map((f) => f.id)])).toEqual([
    ['production', false, ['plain', 'prod']],
    ['development', false, ['dev']],
    ['production', true, ['tls']],
  ]);
});

test('a batch holds at most maxSize faults and runs the union of their projects, in a fixed order', () => {
  const faults = [fault('a'), fault('b', { area: 'preflight', caughtBy: 'preflight.b' }), fault('c'), fault('d')];
  const batches = faultBatches(faults, RULES);
  expect(batches.map((b) => b.faults.map((f) => f.id))).toEqual([['a', 'c', 'd'], ['b']]);
  expect(faultBatches([fault('h'), faults[1]!], RULES)[0]?.projects).toEqual(['preflight', 'headers']);
  expect(faultBatches(faults, RULES)).toEqual(batches);
});

test('area by area, the faults that share a check placed first: each first batch takes one of them', () => {
  const pair = (id: string) => fault(id, { caughtBy: 'headers.csp' });
  const faults = [fault('x'), fault('y'), fault('z'), pair('p'), pair('q'), fault('api', { area: 'api' })];
  expect(ids(faults)).toEqual([
    ['p', 'x', 'y'],
    ['q', 'z', 'api'],
  ]);
});

test('the catalog batches: every fault of each app once, each batch within the rules', () => {
  const full = fullMatrixRuns();
  const batched = batchedMatrixRuns();
  expect(batched.flatMap((run) => run.faults.map((f) => `${run.app}:${f.id}`)).sort()).toEqual(
    full.map((run) => `${run.app}:${run.faults[0]?.id}`).sort(),
  );
  for (const run of batched) {
    expect(run.faults.length, run.title).toBeLessThanOrEqual(MAX_BATCH);
    for (const [i, a] of run.faults.entries())
      for (const b of run.faults.slice(i + 1)) expect(conflict(a, b), `${a.id} with ${b.id}`).toBe(false);
  }
  expect(batched.length, 'batching saves runs').toBeLessThan(full.length / 2);
});

test('the catalog fingerprint changes with any fault field and with the check ids, not their order', () => {
  const base = catalogFingerprint(FAULTS, ['a.x', 'b.y']);
  expect(catalogFingerprint(FAULTS, ['b.y', 'a.x'])).toBe(base);
  expect(catalogFingerprint(FAULTS, ['a.x', 'b.y', 'c.z'])).not.toBe(base);
  const masked = FAULTS.map((f, i) => (i === 0 ? { ...f, masks: ['auth'] } : f));
  expect(catalogFingerprint(masked, ['a.x', 'b.y'])).not.toBe(base);
});
