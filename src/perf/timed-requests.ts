// Timed requests for the latency budgets: a handful one after another, or a bounded burst (so many at a time,
// until a request count or a duration is reached, whichever comes first). The caller's `send` makes the
// request (through Playwright's request context) and says whether the answer was the expected one.
import { performance } from 'node:perf_hooks';
import type { LatencyPlan, LatencySample } from '../checks/latency.ts';

export interface TimedPlan extends LatencyPlan {
  /** Most requests in all (not counting the warm-up). */
  maxRequests: number;
  /** Stop starting requests after this long. */
  maxMs: number;
}

/** A handful of sequential requests: what runs on a production profile without the burst opt-in. */
export const SEQUENTIAL: TimedPlan = {
  mode: 'sequential',
  concurrency: 1,
  maxRequests: 20,
  maxMs: 5_000,
};

/** The most requests one burst sends, however long it may run. */
export const BURST_MAX_REQUESTS = 200;

export function planFor(settings: { burst: boolean; burstConcurrency: number; burstSeconds: number }): TimedPlan {
  if (!settings.burst) return SEQUENTIAL;
  return {
    mode: 'burst',
    concurrency: settings.burstConcurrency,
    maxRequests: BURST_MAX_REQUESTS,
    maxMs: settings.burstSeconds * 1000,
  };
}

/** At least this many samples, even when each one takes longer than the plan's duration allows. */
const MIN_SAMPLES = 5;

/**
 * Runs `send` by the plan after one untimed warm-up (a first request pays for connections and cold caches,
 * which no user of a running app sees), and returns each request's duration and verdict.
 */
export async function timeRequests(plan: TimedPlan, send: () => Promise<boolean>): Promise<LatencySample[]> {
  await send().catch(() => false);
  const samples: LatencySample[] = [];
  const started = performance.now();
  let issued = 0;
  const more = () => issued < plan.maxRequests && (issued < MIN_SAMPLES || performance.now() - started < plan.maxMs);
  const lane = async () => {
    while (more()) {
      issued++;
      const t0 = performance.now();
      const ok = await send().catch(() => false);
      samples.push({ ms: performance.now() - t0, ok });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, plan.concurrency) }, lane));
  return samples;
}
