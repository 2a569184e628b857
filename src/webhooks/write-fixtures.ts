// `npm run webhook-fixtures`: (re)write fixtures/webhooks/<event>.json from the catalog's builders. The
// documentation's table of what each event does is `npm run docs`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { FIXTURE_DIR, FIXTURE_TYPES, fixturePath, renderFixture } from './fixtures.ts';

mkdirSync(FIXTURE_DIR, { recursive: true });
for (const type of FIXTURE_TYPES) writeFileSync(fixturePath(type), renderFixture(type));
console.log(`wrote ${FIXTURE_TYPES.length} webhook fixtures to fixtures/webhooks/`);
