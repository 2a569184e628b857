import { expect, test } from '@playwright/test';
import { CHECKS } from '../../src/checks/index.ts';
import { FAULTS, parseFaults } from '../../targets/faults.ts';

test('every fault names a check that exists', () => {
  for (const fault of FAULTS) expect(Object.keys(CHECKS), `${fault.id}.caughtBy`).toContain(fault.caughtBy);
});

test('fault ids are unique', () => {
  expect(new Set(FAULTS.map((f) => f.id)).size).toBe(FAULTS.length);
});

test('CGL_FAULTS parsing keeps unknown ids apart', () => {
  expect(parseFaults(' nosniff-missing , bogus,')).toEqual({ ids: ['nosniff-missing'], unknown: ['bogus'] });
  expect(parseFaults(undefined)).toEqual({ ids: [], unknown: [] });
});

test("every fault's masks name '*', an area, a check, or a prefix of checks", () => {
  const areas = new Set(FAULTS.map((f) => f.area));
  const ids = Object.keys(CHECKS);
  for (const fault of FAULTS) {
    for (const mask of 'masks' in fault ? fault.masks : []) {
      const known =
        mask === '*' ||
        areas.has(mask as never) ||
        ids.includes(mask) ||
        (mask.endsWith('.*') && ids.some((id) => id.startsWith(mask.slice(0, -1))));
      expect(known, `${fault.id}.masks: "${mask}"`).toBe(true);
    }
  }
});
