/**
 * (f) What one more protected API route costs: the suite's api project (with the setup sign-in it depends on)
 * on the embedded Express app, whose GET /api/items/:item serves any number of protected routes, run once per
 * route count (CGL_BENCH_ROUTES, default 10,200). The slope between the smallest and the largest count is the
 * marginal cost of a route (issue 12: <= 50 ms); the table and an SVG chart (suite time vs routes) are written
 * to bench/results/.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { suiteWallTime } from './suite-wall-time.ts';

export interface RoutePoint {
  routes: number;
  tests: number;
  wallSeconds: number;
  failed: number;
  exitCode: number | null;
}

export interface RouteScaling {
  points: RoutePoint[];
  /** Milliseconds per added route, between the smallest and the largest route count. */
  slopeMs: number;
}

const routeList = (n: number) => Array.from({ length: n }, (_, i) => `/api/items/${i + 1}`).join(',');

export async function routeScaling(counts: number[]): Promise<RouteScaling> {
  const points: RoutePoint[] = [];
  for (const routes of counts) {
    console.error(`    ${routes} protected API routes ...`);
    const r = await suiteWallTime({
      timeoutMs: 30 * 60_000,
      env: { CGL_REFERENCE_APP: 'express', CGL_PROTECTED_API: routeList(routes) },
      args: ['--project=api'],
    });
    points.push({
      routes,
      tests: r.passed + r.failed + r.flaky + r.skipped,
      wallSeconds: r.wallSeconds,
      failed: r.failed,
      exitCode: r.exitCode,
    });
  }
  const first = points[0]!;
  const last = points.at(-1)!;
  const slopeMs =
    last.routes === first.routes
      ? 0
      : Math.round(((last.wallSeconds - first.wallSeconds) * 1000) / (last.routes - first.routes));
  return { points, slopeMs };
}

/** A small line chart of suite time against route count, as a standalone SVG. */
export function routeChartSvg(points: RoutePoint[]): string {
  const [w, h, pad] = [480, 240, 40];
  const maxX = Math.max(...points.map((p) => p.routes), 1);
  const maxY = Math.max(...points.map((p) => p.wallSeconds), 1);
  const x = (v: number) => pad + (v / maxX) * (w - 2 * pad);
  const y = (v: number) => h - pad - (v / maxY) * (h - 2 * pad);
  const line = points.map((p) => `${x(p.routes).toFixed(1)},${y(p.wallSeconds).toFixed(1)}`).join(' ');
  const dots = points
    .map(
      (p) =>
        `<circle cx="${x(p.routes).toFixed(1)}" cy="${y(p.wallSeconds).toFixed(1)}" r="3"/>` +
        `<text x="${x(p.routes).toFixed(1)}" y="${(y(p.wallSeconds) - 8).toFixed(1)}" text-anchor="middle">` +
        `${p.wallSeconds} s</text>`,
    )
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" font-family="sans-serif" font-size="11">`,
    `<text x="${w / 2}" y="16" text-anchor="middle">api project wall time vs protected API routes</text>`,
    `<line x1="${pad}" y1="${h - pad}" x2="${w - pad}" y2="${h - pad}" stroke="black"/>`,
    `<line x1="${pad}" y1="${pad}" x2="${pad}" y2="${h - pad}" stroke="black"/>`,
    `<text x="${w / 2}" y="${h - 8}" text-anchor="middle">routes (0..${maxX})</text>`,
    `<text x="12" y="${h / 2}" transform="rotate(-90 12 ${h / 2})" text-anchor="middle">seconds (0..${maxY})</text>`,
    `<polyline points="${line}" fill="none" stroke="steelblue" stroke-width="2"/>`,
    dots,
    '</svg>',
    '',
  ].join('\n');
}

export function writeRouteChart(dir: string, points: RoutePoint[]): string {
  const file = join(dir, 'routes.svg');
  writeFileSync(file, routeChartSvg(points));
  return file;
}
