// Hands latency results to the reporters: one `latency` annotation per measure (JSON; the readiness report's
// table reads them) and the chart as an SVG attachment, which Playwright's HTML report shows on the test.
import { test } from '@playwright/test';
import type { LatencyResult } from '../checks/latency.ts';
import { LATENCY_ANNOTATION } from '../report/latency-annotation.ts';
import { latencySvg } from '../report/latency-chart.ts';

export async function recordLatency(results: LatencyResult[]): Promise<void> {
  const info = test.info();
  for (const result of results)
    info.annotations.push({ type: LATENCY_ANNOTATION, description: JSON.stringify(result) });
  await info.attach('latency chart', { body: latencySvg(results), contentType: 'image/svg+xml' });
}
