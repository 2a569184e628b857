// The readiness report as Markdown: readiness.md and the GitHub job summary. One table per checklist section.
import { sectionTitle, type ChecklistItem, type ItemStatus, type Readiness } from './readiness.ts';

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
  const accepted = report.items.flatMap((item) =>
    item.tests.flatMap((t) => t.accepted ?? []).map((a) => ({ item, a })),
  );
  if (accepted.length > 0) {
    lines.push('', '## Accepted findings (waivers)', '');
    for (const { item, a } of accepted) lines.push(`- \`${item.id}\`: ${cell(a)}`);
  }
  const findings = report.items.flatMap((item) =>
    item.tests.flatMap((t) => t.findings ?? []).map((f) => ({ item, f })),
  );
  if (findings.length > 0) {
    lines.push('', '## Findings below the fail threshold', '');
    for (const { item, f } of findings) lines.push(`### \`${item.id}\` (${item.severity})`, '', '```', f, '```', '');
  }
  const problems = report.items.flatMap((item) => item.tests.filter((t) => t.detail && t.status !== 'passed'));
  if (problems.length > 0) {
    lines.push('', '## Details', '');
    for (const test of problems)
      lines.push(`### ${test.title} (${test.status})`, '', '```', test.detail ?? '', '```', '');
  }
  if (report.rateLimited.length > 0) {
    lines.push('', '## Rate limiting', '');
    lines.push("Clerk answered 429 and the suite waited and retried (not a failure of the target's checks):", '');
    for (const test of report.rateLimited) lines.push(`- ${test.title}: ${test.waits.join(' ')}`);
  }
  return `${lines.join('\n')}\n`;
}
