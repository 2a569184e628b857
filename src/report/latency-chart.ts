// The latency results as pictures: an inline SVG bar chart (attached to the latency tests, so Playwright's HTML
// report shows it) and a text bar for the Markdown table. Pure.
import type { LatencyResult } from '../checks/latency.ts';

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/** p95 as a share of the budget, in ten blocks: "█████░░░░░ 52%" (over budget: all blocks and the share). */
export function textBar(result: Pick<LatencyResult, 'p95' | 'budgetMs'>): string {
  if (!Number.isFinite(result.p95)) return '—';
  const share = result.p95 / result.budgetMs;
  const filled = Math.min(10, Math.round(share * 10));
  return `${'█'.repeat(filled)}${'░'.repeat(10 - filled)} ${Math.round(share * 100)}%`;
}

/** Horizontal bars per measure: p50 (light) and p95 (dark, red over budget), a tick at the budget. */
export function latencySvg(results: readonly LatencyResult[]): string {
  const width = 640;
  const label = 250;
  const barArea = width - label - 20;
  const row = 34;
  const height = 20 + results.length * row;
  const scaleMax = Math.max(1, ...results.flatMap((r) => [r.budgetMs, Number.isFinite(r.p95) ? r.p95 : 0])) * 1.1;
  const x = (ms: number) => label + (Math.max(0, ms) / scaleMax) * barArea;
  const rows = results.map((r, i) => {
    const y = 10 + i * row;
    const p50 = Number.isFinite(r.p50) ? r.p50 : 0;
    const p95 = Number.isFinite(r.p95) ? r.p95 : 0;
    const colour = r.pass ? '#2f7d32' : '#c62828';
    return [
      `<text x="4" y="${y + 12}" font-size="11">${escape(r.what.slice(0, 40))}</text>`,
      `<text x="4" y="${y + 25}" font-size="10" fill="#555">p50 ${p50} ms · p95 ${p95} ms · budget ${r.budgetMs} ms</text>`,
      `<rect x="${label}" y="${y + 2}" width="${x(p95) - label}" height="10" fill="${colour}"/>`,
      `<rect x="${label}" y="${y + 14}" width="${x(p50) - label}" height="10" fill="${colour}" opacity="0.45"/>`,
      `<line x1="${x(r.budgetMs)}" x2="${x(r.budgetMs)}" y1="${y}" y2="${y + 26}" stroke="#000" stroke-dasharray="3,2"/>`,
    ].join('');
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif">` +
    `<title>Auth latency: p95 (dark) and p50 (light) against the budget (dashed)</title>${rows.join('')}</svg>`
  );
}
