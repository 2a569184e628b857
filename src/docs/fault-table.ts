// The README's fault-switch table, rendered from the fault catalog (targets/faults/*.ts).
import { FAULTS } from '../../targets/faults.ts';
import { blockEnd, blockStart } from './readme-blocks.ts';

export const FAULT_BLOCK = 'fault-switches';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|');
}

export function renderFaultTable(): string {
  const rows = FAULTS.map((fault) => {
    const only = 'apps' in fault && fault.apps ? ` (${(fault.apps as readonly string[]).join(', ')} only)` : '';
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
