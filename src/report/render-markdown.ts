// The readiness report as Markdown: readiness.md and the GitHub job summary. One table per checklist section.
import { sectionTitle, type ChecklistItem, type ItemStatus, type Readiness } from './readiness.ts';
import { textBar } from './latency-chart.ts';

const ICON: Record<ItemStatus, string> = {
  pass: '✅',
  fail: '❌',
  finding: '⚠️',
  accepted: '📝',
  skipped: '⏭️',
  'not-run': '·',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function testsCell(item: ChecklistItem): string {
  const lines = item.tests.map((t) => `${t.status === 'passed' ? '' : `**${t.status}**: `}${t.title}`);
  return cell(lines.join('\n') || '—');
}

export function renderMarkdown(report: Readiness): string {
  const { counts } = report;
  const lines = [
    `# Go-live readiness: ${report.ready ? 'READY' : 'NOT READY'}`,
    '',
    `Target: ${report.target}  `,
    ...(report.failOn ? [`Fails on: ${report.failOn} and above  `] : []),
    `${counts.pass} passed · ${counts.fail} failed · ${counts.finding} findings below the fail threshold · ` +
      `${counts.accepted} accepted (waived) · ${counts.skipped} skipped · ${counts['not-run']} not run`,
  ];
  const sections = [...new Set(report.items.map((item) => item.section))];
  for (const section of sections) {
    lines.push(
      '',
      `## ${sectionTitle(section)}`,
      '',
      '| | checklist item | severity | check | tests |',
      '|---|---|---|---|---|',
    );
    for (const item of report.items.filter((i) => i.section === section)) {
      lines.push(
        `| ${ICON[item.status]} | ${cell(item.claim)} | ${item.severity} | \`${item.id}\` | ${testsCell(item)} |`,
      );
    }
  }
  lines.push(...latencyTable(report));
  if (report.accepted.length > 0) {
    lines.push('', '## Accepted findings (waivers)', '');
    lines.push('Failed checks a waiver in the config file accepts until its expiry; they do not fail the run.', '');
    for (const a of report.accepted) {
      const where = a.route ? ` on \`${a.route}\`` : '';
      lines.push(
        `### \`${a.check}\` (${a.severity})${where}: accepted until ${a.expires || '?'}`,
        '',
        `Reason: ${a.reason || '(none given)'}  `,
        `Test: ${a.test}`,
        '',
        '```',
        a.finding,
        '```',
        '',
      );
    }
  }
  if (report.findings.length > 0) {
    lines.push('', '## Findings below the fail threshold', '');
    lines.push(
      `Failed checks below ${report.failOn ? `the \`${report.failOn}\`` : 'the'} severity the run fails on ` +
        '(`failOn`, CGL_FAIL_ON): reported, they do not fail the run.',
      '',
    );
    for (const f of report.findings)
      lines.push(`### \`${f.check}\` (${f.severity})`, '', `Test: ${f.test}`, '', '```', f.finding, '```', '');
  }
  const problems = report.items.flatMap((item) => item.tests.filter((t) => t.detail && t.status !== 'passed'));
  if (problems.length > 0) {
    lines.push('', '## Details', '');
    for (const test of problems)
      lines.push(`### ${test.title} (${test.status})`, '', '```', test.detail ?? '', '```', '');
  }
  lines.push(...rateLimitTable(report));
  return `${lines.join('\n')}\n`;
}

const ms = (value: number) => (Number.isFinite(value) ? `${value} ms` : '—');

/** p50 / p95 against the budget per measure, with a text bar of p95's share of the budget. */
function latencyTable(report: Readiness): string[] {
  if (report.latency.length === 0) return [];
  const lines = [
    '',
    '## Latency',
    '',
    'Measured, not timed: p50 and p95 over the samples (a bounded burst, or a handful of sequential requests on a ' +
      'production profile that has not opted in), against the budgets in the profile (`latency`, CGL_LATENCY_*).',
    '',
    '| | measure | samples | p50 | p95 | budget (p95) | p95 / budget | check |',
    '|---|---|---|---|---|---|---|---|',
  ];
  for (const r of report.latency) {
    const samples = r.mode === 'burst' ? `${r.count} (${r.concurrency} at a time)` : `${r.count} sequential`;
    lines.push(
      `| ${r.pass ? ICON.pass : ICON.fail} | ${cell(r.what)} | ${samples} | ${ms(r.p50)} | ${ms(r.p95)} | ` +
        `${r.budgetMs} ms | ${textBar(r)} | \`${r.check}\` |`,
    );
  }
  return lines;
}

/** Clerk's 429s per endpoint (already waited out and retried), then each test's waits. */
function rateLimitTable(report: Readiness): string[] {
  if (report.rateLimited.length === 0) return [];
  const lines = ['', '## Rate limiting', ''];
  lines.push("Clerk answered 429 and the suite waited and retried (not a failure of the target's checks):", '');
  lines.push('| Clerk endpoint | 429s | waited | tests |', '|---|---|---|---|');
  for (const r of report.rateLimits)
    lines.push(
      `| \`${cell(r.endpoint)}\` | ${r.count} | ${(r.waitedMs / 1000).toFixed(1)} s | ${cell(r.tests.join('\n'))} |`,
    );
  lines.push('');
  for (const test of report.rateLimited) lines.push(`- ${test.title}: ${test.waits.join(' ')}`);
  return lines;
}
