// Auth latency budgets: p50 / p95 of measured samples against the profile's budget. Pure: the measurements
// (src/perf/) hand in samples; each result also goes to the readiness report's latency table.
import type { CheckId } from './catalog.ts';
import { fixFor } from './framework.ts';
import type { Verdict } from './verdict.ts';

export type LatencyCheck = Extract<CheckId, `performance.latency.${string}`>;

/** One timed request or page load: milliseconds, and whether it was answered as expected. */
export interface LatencySample {
  ms: number;
  ok: boolean;
}

/** How the samples were taken: one after another, or a bounded burst of concurrent requests. */
export interface LatencyPlan {
  mode: 'sequential' | 'burst';
  concurrency: number;
}

export interface LatencyMeasure {
  check: LatencyCheck;
  /** What was timed, e.g. "GET /api/me signed in (middleware verification)". */
  what: string;
  url: string;
  samples: LatencySample[];
  plan: LatencyPlan;
  /** The p95 budget, ms, and the setting that holds it (named in the fix). */
  budgetMs: number;
  setting: string;
}

/** One row of the readiness report's latency table. */
export interface LatencyResult {
  check: LatencyCheck;
  what: string;
  url: string;
  mode: LatencyPlan['mode'];
  concurrency: number;
  count: number;
  p50: number;
  p95: number;
  max: number;
  budgetMs: number;
  pass: boolean;
}

/** Nearest-rank percentile (p in 0..100) of the values; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((Math.min(Math.max(p, 0), 100) / 100) * sorted.length);
  return sorted[Math.max(rank, 1) - 1]!;
}

/** The measure's statistics over the samples answered as expected (failed answers are judged elsewhere). */
export function latencyResult(measure: LatencyMeasure): LatencyResult {
  const ms = measure.samples.filter((s) => s.ok).map((s) => Math.round(s.ms));
  const p95 = percentile(ms, 95);
  return {
    check: measure.check,
    what: measure.what,
    url: measure.url,
    mode: measure.plan.mode,
    concurrency: measure.plan.concurrency,
    count: ms.length,
    p50: percentile(ms, 50),
    p95,
    max: ms.length ? Math.max(...ms) : Number.NaN,
    budgetMs: measure.budgetMs,
    pass: ms.length > 0 && p95 <= measure.budgetMs,
  };
}

function planText(result: LatencyResult): string {
  return result.mode === 'burst'
    ? `${result.count} requests, ${result.concurrency} at a time`
    : `${result.count} sequential ${result.check === 'performance.latency.sign-in-page' ? 'loads' : 'requests'}`;
}

const FIXES: Record<LatencyCheck, () => string> = {
  'performance.latency.protected-api': () =>
    fixFor({
      nextjs:
        "find what the route waits for after auth() (database, upstream calls) and keep Clerk's verification " +
        'networkless: set CLERK_JWT_KEY (or jwtKey) so tokens are verified without fetching JWKS',
      express:
        'find what the handler waits for after getAuth(req) (database, upstream calls); pass jwtKey / set ' +
        "CLERK_JWT_KEY so clerkMiddleware() verifies tokens without fetching Clerk's JWKS",
      generic:
        'find what the handler waits for after authenticateRequest() / verifyToken() (database, upstream ' +
        'calls); give verifyToken() the jwtKey so tokens are verified without a network call',
      any:
        'find what the route waits for after Clerk verifies the session (database, upstream calls); set ' +
        'CLERK_JWT_KEY (jwtKey) so verification needs no network call',
    }),
  'performance.latency.sign-in-page': () =>
    'the sign-in page is slow to answer or to load Clerk: render it statically (no server work before the ' +
    'first byte), serve it from a CDN or edge, keep the middleware matcher off static files, and load clerk-js ' +
    'once (no extra scripts blocking it)',
  'performance.latency.fapi': () =>
    "the Frontend API round trip is slow: when the app proxies Clerk's Frontend API (frontendApiProxy, " +
    '/__clerk), run the proxy close to the users (edge, same region as Clerk) and do no other work on that ' +
    'path; or serve FAPI from its own clerk.<domain> CNAME instead of a proxy',
};

/** The verdict for one measure (a test may judge several, e.g. the sign-in page's TTFB and Clerk loaded). */
export function judgeLatency(measure: LatencyMeasure): Verdict {
  const result = latencyResult(measure);
  const base = {
    id: measure.check,
    title: `${measure.what}: p95 <= ${measure.budgetMs} ms`,
    url: measure.url,
    expected: `p95 <= ${measure.budgetMs} ms (${measure.setting})`,
  };
  if (result.count === 0) {
    const failed = measure.samples.length;
    return {
      ...base,
      pass: false,
      actual: `none of ${failed} attempts was answered as expected`,
      fix: '',
      skip:
        `${measure.what}: none of ${failed} attempts was answered as expected, so there is no latency to judge ` +
        '(the checks of that route say why).',
    };
  }
  return {
    ...base,
    pass: result.pass,
    actual: `p50 ${result.p50} ms, p95 ${result.p95} ms, max ${result.max} ms over ${planText(result)}`,
    fix: result.pass
      ? ''
      : `${FIXES[measure.check]()}; or raise the budget (${measure.setting}) if ${result.p95} ms is acceptable`,
  };
}
