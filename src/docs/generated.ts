// Every generated block of the documentation: which file holds it and how it is rendered. `npm run docs`
// rewrites them; selftest/unit/docs-blocks.spec.ts fails when one is stale.
import { renderEventTable, EVENT_BLOCK } from '../webhooks/event-docs.ts';
import { CHECK_BLOCK, renderCheckTable } from './check-table.ts';
import { FAULT_BLOCK, renderFaultTable } from './fault-table.ts';
import { renderVariableTable, VARIABLE_BLOCK } from './variable-table.ts';

export interface GeneratedBlock {
  file: string;
  name: string;
  render: () => string;
}

export const GENERATED_BLOCKS: readonly GeneratedBlock[] = [
  { file: 'docs/checks.md', name: CHECK_BLOCK, render: renderCheckTable },
  { file: 'docs/checks.md', name: EVENT_BLOCK, render: renderEventTable },
  { file: 'docs/faults.md', name: FAULT_BLOCK, render: renderFaultTable },
  { file: 'docs/settings.md', name: VARIABLE_BLOCK, render: renderVariableTable },
];
