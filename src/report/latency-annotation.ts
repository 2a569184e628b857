// The `latency` annotation: one measure's result as JSON, written by the latency tests (src/perf/record.ts)
// and read back by the readiness reporter for its latency table.
import type { LatencyResult } from '../checks/latency.ts';

export const LATENCY_ANNOTATION = 'latency';

/** A `latency` annotation's result, or null when it is not one (a team's own annotation of that name). */
export function parseLatency(description: string | undefined): LatencyResult | null {
  try {
    const value = JSON.parse(description ?? '') as Partial<LatencyResult> | null;
    return value && typeof value.check === 'string' && typeof value.budgetMs === 'number'
      ? (value as LatencyResult)
      : null;
  } catch {
    return null;
  }
}
