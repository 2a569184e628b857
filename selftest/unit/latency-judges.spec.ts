// The latency judges and their statistics: nearest-rank percentiles, p95 against the budget, failed answers
// left out (their own checks judge them), the fix naming the setting, and the burst plan's bounds.
import { expect, test } from '@playwright/test';
import { judgeLatency, latencyResult, percentile, type LatencyMeasure } from '../../src/checks/index.ts';
import { planFor, SEQUENTIAL, timeRequests, BURST_MAX_REQUESTS } from '../../src/perf/timed-requests.ts';
import { latencySvg, textBar } from '../../src/report/latency-chart.ts';

const measure = (ms: number[], extra: Partial<LatencyMeasure> = {}): LatencyMeasure => ({
  check: 'performance.latency.protected-api',
  what: 'GET /api/me signed in',
  url: 'https://app.example/api/me',
  samples: ms.map((value) => ({ ms: value, ok: true })),
  plan: { mode: 'burst', concurrency: 10 },
  budgetMs: 800,
  setting: 'latency.apiP95Ms / CGL_LATENCY_API_P95_MS',
  ...extra,
});

test('percentile is nearest-rank over the sorted values', () => {
  const values = Array.from({ length: 20 }, (_, i) => 20 - i); // 20..1, unsorted
  expect(percentile(values, 50)).toBe(10);
  expect(percentile(values, 95)).toBe(19);
  expect(percentile(values, 100)).toBe(20);
  expect(percentile(values, 0)).toBe(1);
  expect(percentile([7], 95)).toBe(7);
  expect(percentile([], 95)).toBeNaN();
});

test('p95 within budget passes; one slow outlier in twenty does not fail it', () => {
  const verdict = judgeLatency(measure([...Array(19).fill(40), 3000]));
  expect(verdict.pass).toBe(true);
  expect(verdict.actual).toContain('p50 40 ms, p95 40 ms, max 3000 ms over 20 requests, 10 at a time');
});

test('p95 over budget fails, naming the URL, the budget, the setting and a fix', () => {
  const verdict = judgeLatency(measure(Array(8).fill(1250), { plan: { mode: 'sequential', concurrency: 1 } }));
  expect(verdict.pass).toBe(false);
  expect(verdict.url).toBe('https://app.example/api/me');
  expect(verdict.expected).toBe('p95 <= 800 ms (latency.apiP95Ms / CGL_LATENCY_API_P95_MS)');
  expect(verdict.actual).toContain('p95 1250 ms');
  expect(verdict.actual).toContain('8 sequential requests');
  expect(verdict.fix).toMatch(/CLERK_JWT_KEY/);
  expect(verdict.fix).toContain('raise the budget (latency.apiP95Ms');
});

test('failed answers are not timed: none answered -> skipped, not passed', () => {
  const some = latencyResult(
    measure([10, 20], {
      samples: [
        { ms: 5, ok: false },
        { ms: 900, ok: true },
      ],
    }),
  );
  expect(some).toMatchObject({ count: 1, p95: 900, pass: false });
  const none = judgeLatency(measure([], { samples: [{ ms: 5, ok: false }] }));
  expect(none.skip).toContain('none of 1 attempts');
  expect(none.pass).toBe(false);
});

test('the burst is bounded: production without opt-in runs a handful of sequential requests', async () => {
  expect(planFor({ burst: false, burstConcurrency: 20, burstSeconds: 10 })).toBe(SEQUENTIAL);
  const plan = planFor({ burst: true, burstConcurrency: 4, burstSeconds: 1 });
  expect(plan).toMatchObject({ mode: 'burst', concurrency: 4, maxMs: 1000, maxRequests: BURST_MAX_REQUESTS });
  let inFlight = 0;
  let most = 0;
  const samples = await timeRequests({ ...plan, maxRequests: 30 }, async () => {
    most = Math.max(most, ++inFlight);
    await new Promise((resolve) => setTimeout(resolve, 2));
    inFlight--;
    return true;
  });
  expect(samples).toHaveLength(30); // the warm-up is not counted
  expect(most).toBe(4);
});

test('the chart and the text bar show p95 against the budget', () => {
  const pass = latencyResult(measure([100, 200, 400]));
  const fail = latencyResult(measure([1600]));
  expect(textBar(pass)).toBe('█████░░░░░ 50%');
  expect(textBar(fail)).toBe('██████████ 200%');
  const svg = latencySvg([pass, fail]);
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  expect(svg).toContain('p95 1600 ms · budget 800 ms');
  expect(svg).toContain('#c62828');
});
