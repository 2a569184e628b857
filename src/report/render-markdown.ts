// The readiness report as Markdown: readiness.md and the GitHub job summary.
import type { ItemStatus, Readiness } from './readiness.ts';

const ICON: Record<ItemStatus, string> = { pass: '✅', fail: '❌', skipped: '⏭️', 'not-run': '·' };

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

export function renderMarkdown(report: Readiness): string {
  const { counts } = report;
  const lines = [
    `# Go-live readiness: ${report.ready ? 'READY' : 'NOT READY'}`,
    '',
    `Target: ${report.target}  `,
    `${counts.pass} passed · ${counts.fail} failed · ${counts.skipped} skipped · ${counts['not-run']} not run`,
    '',
    '| | checklist item | check | tests |',
    '|---|---|---|---|',
  ];
  for (const item of report.items) {
    const tests =
      item.tests.map((t) => `${t.status === 'passed' ? '' : `**${t.status}**: `}${t.title}`).join('<br>') || '—';
    lines.push(`| ${ICON[item.status]} | ${cell(item.claim)} | \`${item.id}\` | ${cell(tests)} |`);
  }
  const problems = report.items.flatMap((item) => item.tests.filter((t) => t.detail && t.status !== 'passed'));
  if (problems.length > 0) {
    lines.push('', '## Details', '');
    for (const test of problems)
      lines.push(`### ${test.title} (${test.status})`, '', '```', test.detail ?? '', '```', '');
  }
  if (report.rateLimited.length > 0) {
    lines.push(
      '',
      '## Rate limiting',
      '',
      "Clerk answered 429 and the suite waited and retried (not a failure of the target's checks):",
      '',
    );
    for (const test of report.rateLimited) lines.push(`- ${test.title}: ${test.waits.join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
