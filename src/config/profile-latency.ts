// The profile's latency settings: p95 budgets (env CGL_LATENCY_* over the config file's `latency`, then the
// defaults below) and the load burst. The defaults are budgets a team would accept for an auth flow, generous
// enough that a healthy app on a loaded 2-core CI machine passes every time. On a production profile the burst
// runs only when the team opts in (latency.burst: true, CGL_LATENCY_BURST=1): it is load on a live system.
import type { Environment, ParsedEnv, ParsedFileConfig } from './schema.ts';
import type { LatencySettings } from './types.ts';

export const LATENCY_DEFAULTS = {
  apiP95Ms: 800,
  signInTtfbP95Ms: 1500,
  clerkLoadedP95Ms: 5000,
  fapiP95Ms: 1000,
  burstConcurrency: 4,
  burstSeconds: 5,
} as const;

/** The setting that holds each budget, as a failure names it. */
export const BUDGET_SETTINGS = {
  api: 'latency.apiP95Ms / CGL_LATENCY_API_P95_MS',
  signInTtfb: 'latency.signInTtfbP95Ms / CGL_LATENCY_SIGN_IN_TTFB_P95_MS',
  clerkLoaded: 'latency.clerkLoadedP95Ms / CGL_LATENCY_CLERK_LOADED_P95_MS',
  fapi: 'latency.fapiP95Ms / CGL_LATENCY_FAPI_P95_MS',
} as const;

export function readLatency(e: Partial<ParsedEnv>, file: ParsedFileConfig, environment: Environment): LatencySettings {
  const set = file.latency ?? {};
  const d = LATENCY_DEFAULTS;
  return {
    budgets: {
      api: e.CGL_LATENCY_API_P95_MS ?? set.apiP95Ms ?? d.apiP95Ms,
      signInTtfb: e.CGL_LATENCY_SIGN_IN_TTFB_P95_MS ?? set.signInTtfbP95Ms ?? d.signInTtfbP95Ms,
      clerkLoaded: e.CGL_LATENCY_CLERK_LOADED_P95_MS ?? set.clerkLoadedP95Ms ?? d.clerkLoadedP95Ms,
      fapi: e.CGL_LATENCY_FAPI_P95_MS ?? set.fapiP95Ms ?? d.fapiP95Ms,
    },
    burst: e.CGL_LATENCY_BURST ?? set.burst ?? environment !== 'production',
    burstConcurrency: e.CGL_LATENCY_BURST_CONCURRENCY ?? set.burstConcurrency ?? d.burstConcurrency,
    burstSeconds: e.CGL_LATENCY_BURST_SECONDS ?? set.burstSeconds ?? d.burstSeconds,
  };
}
