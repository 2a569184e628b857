// The README's "what each webhook event does to a target" table, rendered from the catalog's effect texts so
// the documentation cannot drift from what is sent. `npm run docs` rewrites the block;
// selftest/unit/webhook-catalog.spec.ts fails when it is stale.
import { blockEnd, blockStart, withBlock } from '../docs/readme-blocks.ts';
import { EVENT_CATALOG, EVENT_TYPES } from './catalog.ts';

export const EVENT_BLOCK = 'webhook-events';

export function renderEventTable(): string {
  const rows = EVENT_TYPES.map((type) => {
    const { effect, changesState } = EVENT_CATALOG[type];
    return `| \`${type}\` | ${effect} | ${changesState ? 'yes: production only with `CGL_WEBHOOK_ALLOW_STATE_CHANGES=1`' : 'no: sent to production too'} |`;
  });
  return [
    blockStart(EVENT_BLOCK, 'src/webhooks/catalog.ts'),
    '| event | asks the target to | changes state |',
    '|---|---|---|',
    ...rows,
    blockEnd(EVENT_BLOCK),
  ].join('\n');
}

/** The README with its generated event table replaced (unchanged when the markers are missing). */
export function withEventTable(readme: string): string {
  return withBlock(readme, EVENT_BLOCK, renderEventTable());
}
