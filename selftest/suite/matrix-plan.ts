// What the fault matrix runs: one child suite per batch of faults (the default), or one per fault (the full
// matrix: CGL_FULL_MATRIX=1, `npm run selftest:faults:full`, or on its own when the catalog no longer matches
// the last full pass). The spec runs these runs; the record reporter reads the same list.
import type { Fault, ReferenceApp } from '../../targets/faults.ts';
import { HTTPS_ONLY_FAULTS } from '../../targets/https-front/embedded.ts';
import { DEFAULT_INSTANCE } from '../../targets/shared/instance.ts';
import { faultBatches, PROJECTS_FOR } from './fault-batches.ts';
import { catalogFingerprint, readRecord, RECORD_FILE } from './matrix-record.ts';
import { APPS, faultsFor } from './run-suite.ts';

/** Most faults in one child run: a failing batch must stay readable. */
export const MAX_BATCH = 8;

export interface MatrixMode {
  full: boolean;
  /** One line for the run's output: which matrix and why. */
  reason: string;
}

export function matrixMode(env: NodeJS.ProcessEnv = process.env): MatrixMode {
  if (env.CGL_FULL_MATRIX === '1') return { full: true, reason: 'full (one run per fault): CGL_FULL_MATRIX=1' };
  if (env.CGL_FULL_MATRIX === '0') return { full: false, reason: 'batched: CGL_FULL_MATRIX=0' };
  const recorded = readRecord()?.fingerprint;
  const current = catalogFingerprint();
  if (recorded === current)
    return { full: false, reason: `batched: the catalog matches the last full pass (${current})` };
  return {
    full: true,
    reason:
      `full (one run per fault): the fault or check catalog changed since the last full pass ` +
      `(${RECORD_FILE}: ${recorded ?? 'none'}, now ${current}); a passing full run records it`,
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

export function batchedMatrixRuns(): MatrixRun[] {
  return APPS.flatMap((app) => {
    const rules = { maxSize: MAX_BATCH, defaultInstance: DEFAULT_INSTANCE, httpsOnly: HTTPS_ONLY_FAULTS };
    const batches = faultBatches(faultsFor(app) as Fault[], rules);
    return batches.map((batch, i) => ({
      title: `${app}: fault batch ${i + 1}/${batches.length} caught in one run: ${batch.faults.map(pair).join(', ')}`,
      app,
      faults: batch.faults,
      projects: batch.projects,
    }));
  });
}

export function matrixRuns(mode: MatrixMode = matrixMode()): MatrixRun[] {
  return mode.full ? fullMatrixRuns() : batchedMatrixRuns();
}
