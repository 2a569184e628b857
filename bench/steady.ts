/**
 * (g) Soak: N consecutive whole runs on the embedded default (CGL_BENCH_SOAK_RUNS, default 20); the goal is zero
 * failed and zero flaky results over all of them. (h) Chaos: one quiet run and one with the emulator answering
 * 20% of Frontend and Backend API calls 429 (Retry-After: 1) and adding 300 ms to every call; the goal is the
 * same outcome for every test (the waits are reported as rate limiting, never as failures).
 */
import { suiteWallTime, type SuiteResult } from './suite-wall-time.ts';

export const CHAOS_FAULTS = 'fapi:* /v1/* 429:1 rate=0.2; bapi:* /v1/* 429:1 rate=0.2; * /v1/* latency:300';

export interface SoakResult {
  runs: number;
  failed: number;
  flaky: number;
  wallSeconds: number[];
  /** Tests that were not "expected" (or skipped) in some run, with how often. */
  unsteady: Record<string, number>;
}

const wholeRun = (env: Record<string, string> = {}): Promise<SuiteResult> =>
  suiteWallTime({ timeoutMs: 20 * 60_000, env });

export async function soak(runs: number): Promise<SoakResult> {
  const result: SoakResult = { runs, failed: 0, flaky: 0, wallSeconds: [], unsteady: {} };
  for (let i = 1; i <= runs; i += 1) {
    console.error(`    soak run ${i}/${runs} ...`);
    const r = await wholeRun();
    result.failed += r.failed;
    result.flaky += r.flaky;
    result.wallSeconds.push(r.wallSeconds);
    for (const [title, outcome] of Object.entries(r.outcomes))
      if (outcome !== 'expected' && outcome !== 'skipped') result.unsteady[title] = (result.unsteady[title] ?? 0) + 1;
  }
  return result;
}

export interface ChaosResult {
  quiet: Omit<SuiteResult, 'outcomes'>;
  chaos: Omit<SuiteResult, 'outcomes'>;
  /** "title: quiet outcome -> chaos outcome" for each test whose outcome changed. */
  changed: string[];
}

export async function chaos(): Promise<ChaosResult> {
  console.error('    quiet run ...');
  const { outcomes: quietOutcomes, ...quiet } = await wholeRun();
  console.error(`    chaos run (CGL_EMULATOR_FAULTS="${CHAOS_FAULTS}") ...`);
  const { outcomes: chaosOutcomes, ...chaotic } = await wholeRun({ CGL_EMULATOR_FAULTS: CHAOS_FAULTS });
  const titles = new Set([...Object.keys(quietOutcomes), ...Object.keys(chaosOutcomes)]);
  const changed = [...titles]
    .filter((t) => quietOutcomes[t] !== chaosOutcomes[t])
    .map((t) => `${t}: ${quietOutcomes[t] ?? 'absent'} -> ${chaosOutcomes[t] ?? 'absent'}`);
  return { quiet, chaos: chaotic, changed };
}
