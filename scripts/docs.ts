// `npm run docs`: rewrite the README's generated tables (webhook events, fault switches) from their catalogs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FAULT_BLOCK, renderFaultTable } from '../src/docs/fault-table.ts';
import { withBlock } from '../src/docs/readme-blocks.ts';
import { withEventTable } from '../src/webhooks/event-docs.ts';

const path = join(import.meta.dirname, '..', 'README.md');
const before = readFileSync(path, 'utf8');
const after = withBlock(withEventTable(before), FAULT_BLOCK, renderFaultTable());
if (after !== before) writeFileSync(path, after);
console.log(after === before ? 'README tables already current' : 'rewrote README tables');
