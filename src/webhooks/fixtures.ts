// The payload fixtures under fixtures/webhooks/: one JSON file per catalog event, built with a fixed seed
// and date so they are stable, readable examples of what the suite sends (and what Clerk's spec says).
// `npm run webhook-fixtures` rewrites them; selftest/unit/webhook-fixtures.spec.ts fails when they drift.
import { join } from 'node:path';
import { buildEvent, EVENT_TYPES, type EventType } from './catalog.ts';
import type { WebhookEvent } from './envelope.ts';

export const FIXTURE_DIR = join(import.meta.dirname, '../../fixtures/webhooks');
export const FIXTURE_SEED = 'fixture';
export const FIXTURE_DATE = new Date('2025-04-15T12:00:00.000Z');

export function fixturePath(type: EventType): string {
  return join(FIXTURE_DIR, `${type}.json`);
}

export function fixtureEvent(type: EventType): WebhookEvent {
  return buildEvent(type, FIXTURE_SEED, FIXTURE_DATE);
}

/** The exact text of a fixture file. */
export function renderFixture(type: EventType): string {
  return `${JSON.stringify(fixtureEvent(type), null, 2)}\n`;
}

export const FIXTURE_TYPES: readonly EventType[] = EVENT_TYPES;
