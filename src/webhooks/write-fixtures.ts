// `npm run webhook-fixtures`: (re)write fixtures/webhooks/<event>.json from the catalog's builders, and the
// README's generated table of what each event does to a target.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { withEventTable } from './event-docs.ts';
import { FIXTURE_DIR, FIXTURE_TYPES, fixturePath, renderFixture } from './fixtures.ts';

mkdirSync(FIXTURE_DIR, { recursive: true });
for (const type of FIXTURE_TYPES) writeFileSync(fixturePath(type), renderFixture(type));
const readmePath = join(import.meta.dirname, '../../README.md');
const readme = readFileSync(readmePath, 'utf8');
const updated = withEventTable(readme);
if (updated !== readme) writeFileSync(readmePath, updated);
console.log(
  `wrote ${FIXTURE_TYPES.length} webhook fixtures to fixtures/webhooks/${updated !== readme ? ' and the README event table (npm run docs)' : ''}`,
);
