import { expect, test } from '@playwright/test';
import { FAULTS, type Fault } from '../../targets/faults.ts';
import { matrixMode, matrixRuns } from '../suite/matrix-plan.ts';
import { catalogFingerprint, faultFingerprints, type MatrixRecord } from '../suite/matrix-record.ts';

const CHECKS = ['a.x', 'b.y'];
const record = (faults: readonly Fault[], perFault = true): MatrixRecord => ({
  fingerprint: catalogFingerprint(faults, CHECKS),
  faults: faults.length,
  checks: CHECKS.length,
  ...(perFault ? { faultFingerprints: faultFingerprints(faults) } : {}),
  date: '2026-12-03',
  source: 'test',
});
const [first, second] = FAULTS as readonly Fault[];

test('a catalog that matches the record is batched, nothing alone', () => {
  expect(matrixMode({}, record(FAULTS), FAULTS, CHECKS)).toMatchObject({ full: false, alone: [] });
});

test('a new or changed fault runs alone, the others stay batched', () => {
  const changed = FAULTS.map((f) => (f === first ? { ...f, masks: ['auth'] } : f));
  const mode = matrixMode({}, record(FAULTS.filter((f) => f !== second)), changed, CHECKS);
  expect(mode).toMatchObject({ full: false, alone: [first?.id, second?.id] });
  expect(mode.reason).toContain(`${first?.id}, ${second?.id} alone`);
});

test('new check ids with no fault changed: batched, nothing alone, and the reason says so', () => {
  const mode = matrixMode({}, record(FAULTS), FAULTS, [...CHECKS, 'c.z']);
  expect(mode).toMatchObject({ full: false, alone: [] });
  expect(mode.reason).toContain('only the check ids');
});

test('full without per-fault fingerprints, without a record, or when asked; batched when asked', () => {
  expect(matrixMode({}, record(FAULTS, false), FAULTS, [...CHECKS, 'c.z']).full).toBe(true);
  expect(matrixMode({}, null, FAULTS, CHECKS).full).toBe(true);
  expect(matrixMode({ CGL_FULL_MATRIX: '1' }, record(FAULTS), FAULTS, CHECKS).full).toBe(true);
  expect(matrixMode({ CGL_FULL_MATRIX: '0' }, null, FAULTS, CHECKS)).toMatchObject({ full: false, alone: [] });
});

test('the faults alone run once per app as in the full matrix, and in no batch', () => {
  const id = first?.id ?? '';
  const runs = matrixRuns({ full: false, alone: [id], reason: '' });
  const withIt = runs.filter((run) => run.faults.some((f) => f.id === id));
  expect(withIt.length).toBeGreaterThan(0);
  for (const run of withIt) {
    expect(run.faults).toHaveLength(1);
    expect(run.title).toBe(`${run.app}: fault "${id}" is caught by "${first?.caughtBy}"`);
  }
});
