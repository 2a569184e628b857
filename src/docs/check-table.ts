// docs/checks.md's table of every check, rendered from the check catalog: id, claim, severity, checklist
// section and tags, so the documentation cannot drift from what the suite runs.
import { areaTag, CATALOG, type CheckId } from '../checks/index.ts';
import { sectionTitle } from '../report/readiness.ts';
import { blockEnd, blockStart } from './readme-blocks.ts';

export const CHECK_BLOCK = 'checks';

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function renderCheckTable(): string {
  const ids = Object.keys(CATALOG) as CheckId[];
  const sections = [...new Set(ids.map((id) => CATALOG[id].checklist))];
  const lines = [blockStart(CHECK_BLOCK, 'src/checks/catalog.ts')];
  for (const section of sections) {
    lines.push('', `### ${sectionTitle(section)}`, '', '| check | claim | severity | tags |', '|---|---|---|---|');
    for (const id of ids.filter((i) => CATALOG[i].checklist === section)) {
      const row = CATALOG[id];
      const tags = [areaTag(id), ...row.tags.map((tag) => `@${tag}`)].join(' ');
      lines.push(`| \`${id}\` | ${cell(row.claim)} | ${row.severity} | ${tags} |`);
    }
  }
  lines.push('', blockEnd(CHECK_BLOCK));
  return lines.join('\n');
}
