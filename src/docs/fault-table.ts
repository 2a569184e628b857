// The README's fault-switch table, rendered from the fault catalog (targets/faults/*.ts).
import { DEFAULT_FAULT_APPS, FAULTS, type ReferenceApp } from '../../targets/faults.ts';
import { blockEnd, blockStart } from './readme-blocks.ts';

export const FAULT_BLOCK = 'fault-switches';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

// All three apps (ALL_APPS) are said by nothing; unset: the Next.js and Express apps (DEFAULT_FAULT_APPS), said as
// "(not the Hono app)", since the Hono app opts in per fault; anything else names its apps.
function appsNote(apps: readonly ReferenceApp[] | undefined): string {
  if (!apps) return ' (not the Hono app)';
  if (DEFAULT_FAULT_APPS.every((app) => apps.includes(app))) return apps.includes('hono') ? '' : ' (not the Hono app)';
  return ` (${apps.join(', ')} only)`;
}

export function renderFaultTable(): string {
  const rows = FAULTS.map((fault) => {
    const only = appsNote('apps' in fault ? (fault.apps as readonly ReferenceApp[]) : undefined);
    const masks = 'masks' in fault ? (fault.masks as readonly string[]).map((m) => `\`${m}\``).join(', ') : '';
    return `| \`${fault.id}\` | ${fault.area} | ${cell(fault.description)}${only} | \`${fault.caughtBy}\` | ${masks} |`;
  });
  return [
    blockStart(FAULT_BLOCK, 'targets/faults'),
    '| fault | area | effect | caught by | masks |',
    '|---|---|---|---|---|',
    ...rows,
    blockEnd(FAULT_BLOCK),
  ].join('\n');
}
