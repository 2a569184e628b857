// The fault matrix in batches: faults that can be proven in one child suite run. Two faults share a run only
// when they need the same stack (Clerk instance type, https front on or off), are caught by different checks,
// and neither masks the other (a fault's `masks`: what it stops from being judged). Pure: the matrix spec
// hands in the catalog and the stack's rules, the unit tests hand in made-up faults.
import type { FaultArea } from '../../targets/faults.ts';

/** The projects of the go-live suite that judge each area (the setup sign-in comes with auth and api). */
export const PROJECTS_FOR: Record<FaultArea, readonly string[]> = {
  preflight: ['preflight'],
  auth: ['auth'],
  api: ['api'],
  webhooks: ['webhooks'],
  headers: ['headers'],
  recovery: ['recovery'],
};

/** The part of a fault (targets/faults/fault.ts) that batching reads. */
export interface BatchableFault {
  readonly id: string;
  readonly area: FaultArea;
  readonly caughtBy: string;
  readonly instance?: string;
  readonly masks?: readonly string[];
}

export interface BatchRules {
  /** Most faults in one run: a failing batch stays readable. */
  maxSize: number;
  /** The instance type a fault without `instance` runs on. */
  defaultInstance: string;
  /** Faults that turn the https front on for the whole run. */
  httpsOnly: readonly string[];
}

export interface FaultBatch<F extends BatchableFault = BatchableFault> {
  instance: string;
  https: boolean;
  faults: F[];
  /** The union of the projects the faults' areas need, in PROJECTS_FOR order. */
  projects: string[];
}

/** True when a `masks` entry covers this fault: '*', its area, its check, or a prefix of it ('webhooks.reject.*'). */
export function maskCovers(mask: string, fault: Pick<BatchableFault, 'area' | 'caughtBy'>): boolean {
  if (mask === '*' || mask === fault.area || mask === fault.caughtBy) return true;
  return mask.endsWith('.*') && fault.caughtBy.startsWith(mask.slice(0, -1));
}

/** True when `fault` would not be judged with `other` on. */
function maskedBy(fault: BatchableFault, other: BatchableFault): boolean {
  return (other.masks ?? []).some((mask) => maskCovers(mask, fault));
}

/** True when two faults cannot be proven in the same run. */
export function conflict(a: BatchableFault, b: BatchableFault): boolean {
  return a.caughtBy === b.caughtBy || maskedBy(a, b) || maskedBy(b, a);
}

function projectsOf(faults: readonly BatchableFault[]): string[] {
  const areas = new Set(faults.map((fault) => fault.area));
  return (Object.keys(PROJECTS_FOR) as FaultArea[]).filter((area) => areas.has(area)).flatMap((a) => PROJECTS_FOR[a]);
}

/**
 * The order faults are placed in: area by area as given (the catalog lists the costly areas, auth and api,
 * first, so they share as few runs as possible), and in each area the faults that share a check first, so
 * each of the area's first batches takes one of them and the rest fill up around them.
 */
function placementOrder<F extends BatchableFault>(faults: readonly F[]): F[] {
  const areas = [...new Set(faults.map((fault) => fault.area))];
  const sharing = (fault: F) => faults.filter((other) => other.caughtBy === fault.caughtBy).length;
  return faults
    .map((fault, index) => ({ fault, index }))
    .sort(
      (a, b) =>
        areas.indexOf(a.fault.area) - areas.indexOf(b.fault.area) ||
        sharing(b.fault) - sharing(a.fault) ||
        a.index - b.index,
    )
    .map(({ fault }) => fault);
}

/**
 * First fit: each fault joins the first batch of its stack it fits in, else opens one. The same faults in the
 * same order always give the same batches.
 */
export function faultBatches<F extends BatchableFault>(faults: readonly F[], rules: BatchRules): FaultBatch<F>[] {
  const batches: FaultBatch<F>[] = [];
  for (const fault of placementOrder(faults)) {
    const instance = fault.instance ?? rules.defaultInstance;
    const https = rules.httpsOnly.includes(fault.id);
    const fits = (batch: FaultBatch<F>) =>
      batch.instance === instance &&
      batch.https === https &&
      batch.faults.length < rules.maxSize &&
      batch.faults.every((other) => !conflict(fault, other));
    const batch = batches.find(fits);
    if (batch) batch.faults.push(fault);
    else batches.push({ instance, https, faults: [fault], projects: [] });
  }
  for (const batch of batches) batch.projects = projectsOf(batch.faults);
  return batches;
}
