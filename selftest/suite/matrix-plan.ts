// What the fault matrix runs: one child suite per batch of faults (the default), with the faults whose catalog
// entry changed since the last full pass one run each, or one run per fault (the full matrix: CGL_FULL_MATRIX=1,
// `npm run selftest:faults:full`, or on its own when the record holds no per-fault fingerprints). The spec runs these runs; the record reporter reads the same list.
import { CATALOG } from '../../src/checks/catalog.ts';
import { FAULTS, type Fault, type ReferenceApp } from '../../targets/faults.ts';
import { HTTPS_ONLY_FAULTS } from '../../targets/https-front/embedded.ts';
import { DEFAULT_INSTANCE } from '../../targets/shared/instance.ts';
import { faultBatches, PROJECTS_FOR } from './fault-batches.ts';
import { catalogFingerprint, faultFingerprint, readRecord, RECORD_FILE, type MatrixRecord } from './matrix-record.ts';
import { APPS, faultsFor } from './run-suite.ts';

/** Most faults in one child run: a failing batch must stay readable. */
export const MAX_BATCH = 8;

export interface MatrixMode {
  full: boolean;
  /**
   * In a batched matrix, the faults proven alone (one run each, as in the full matrix) instead of in a batch:
   * those whose catalog entry is new or changed since the last full pass. Empty when the catalog matches.
   */
  alone: readonly string[];
  /** One line for the run's output: which matrix and why. */
  reason: string;
}

/**
 * Full when asked for, or when the record holds no per-fault fingerprints; otherwise batched, with every fault
 * whose entry is new or changed since the record proven alone. That proves what the full matrix would about
 * the change: a fault run alone fails its own check and no other of its area's; an unchanged fault that fails
 * a new check fails its batch, since the new check's faults are new and run alone, so no batch is caught by it.
 */
export function matrixMode(
  env: Readonly<Record<string, string | undefined>> = process.env,
  record: MatrixRecord | null = readRecord(),
  faults: readonly Fault[] = FAULTS,
  checkIds: readonly string[] = Object.keys(CATALOG),
): MatrixMode {
  if (env.CGL_FULL_MATRIX === '1')
    return { full: true, alone: [], reason: 'full (one run per fault): CGL_FULL_MATRIX=1' };
  if (env.CGL_FULL_MATRIX === '0') return { full: false, alone: [], reason: 'batched: CGL_FULL_MATRIX=0' };
  const current = catalogFingerprint(faults, checkIds);
  if (record?.fingerprint === current)
    return { full: false, alone: [], reason: `batched: the catalog matches the last full pass (${current})` };
  if (!record?.faultFingerprints)
    return {
      full: true,
      alone: [],
      reason:
        `full (one run per fault): the catalog changed since the last full pass and ${RECORD_FILE} ` +
        `(${record?.fingerprint ?? 'none'}, now ${current}) holds no fault fingerprints; a passing full run records them`,
    };
  const proven = record.faultFingerprints;
  const alone = faults.filter((fault) => proven[fault.id] !== faultFingerprint(fault)).map((fault) => fault.id);
  return {
    full: false,
    alone,
    reason:
      `batched, ${alone.length ? `${alone.join(', ')} alone (new or changed since the last full pass)` : 'no fault changed (only the check ids)'}: ` +
      `${RECORD_FILE} ${record.fingerprint}, now ${current}; a run in which all of it passes records the catalog`,
  };
}

export interface MatrixRun {
  title: string;
  app: ReferenceApp;
  faults: Fault[];
  projects: string[];
}

const pair = (fault: Fault) => `"${fault.id}" -> "${fault.caughtBy}"`;

/** The full matrix: each fault alone, judged by its area's projects (titles as they have always been). */
export function fullMatrixRuns(): MatrixRun[] {
  return APPS.flatMap((app) =>
    faultsFor(app).map((fault) => ({
      title: `${app}: fault "${fault.id}" is caught by "${fault.caughtBy}"`,
      app,
      faults: [fault],
      projects: [...PROJECTS_FOR[fault.area]],
    })),
  );
}

/** Batches of every fault but those in `alone`. */
export function batchedMatrixRuns(alone: readonly string[] = []): MatrixRun[] {
  return APPS.flatMap((app) => {
    const rules = { maxSize: MAX_BATCH, defaultInstance: DEFAULT_INSTANCE, httpsOnly: HTTPS_ONLY_FAULTS };
    const faults = (faultsFor(app) as Fault[]).filter((fault) => !alone.includes(fault.id));
    const batches = faultBatches(faults, rules);
    return batches.map((batch, i) => ({
      title: `${app}: fault batch ${i + 1}/${batches.length} caught in one run: ${batch.faults.map(pair).join(', ')}`,
      app,
      faults: batch.faults,
      projects: batch.projects,
    }));
  });
}

export function matrixRuns(mode: MatrixMode = matrixMode()): MatrixRun[] {
  if (mode.full) return fullMatrixRuns();
  const alone = fullMatrixRuns().filter((run) => mode.alone.includes(run.faults[0]?.id ?? ''));
  return [...alone, ...batchedMatrixRuns(mode.alone)];
}
