// The event catalog: every builder passes its zod schema (written from Clerk's webhook spec), ids are
// synthetic, the JSON fixtures are in sync with the builders, and the safety table is complete.
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildEvent, EVENT_CATALOG, EVENT_TYPES, sendableEvents } from '../../src/webhooks/catalog.ts';
import { deletedObjectSchema } from '../../src/webhooks/events/deleted.ts';
import { sessionEventSchema } from '../../src/webhooks/events/session.ts';
import { fixturePath, FIXTURE_TYPES, renderFixture } from '../../src/webhooks/fixtures.ts';

test('the catalog covers the issue’s twelve events, each with an effect text', () => {
  expect(EVENT_TYPES).toHaveLength(12);
  for (const type of EVENT_TYPES) {
    expect(EVENT_CATALOG[type].type).toBe(type);
    expect(EVENT_CATALOG[type].effect.length).toBeGreaterThan(10);
  }
});

test('every event has Clerk’s envelope and only synthetic, recognisable ids', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  for (const type of EVENT_TYPES) {
    const event = buildEvent(type, 'seed', now);
    expect(event).toMatchObject({
      object: 'event',
      type,
      timestamp: now.getTime(),
      instance_id: 'ins_cgl_synthetic_go_live',
    });
    expect(event.event_attributes.http_request.client_ip).toBe('192.0.2.10');
    const ids =
      JSON.stringify(event.data).match(/"(?:id|user_id|client_id|email_address_id|created_by)":"([^"]+)"/g) ?? [];
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(id).toContain('_cgl_synthetic_seed');
    for (const address of JSON.stringify(event.data).match(/[\w.+-]+@[\w.-]+/g) ?? [])
      expect(address).toMatch(/@example\.com$/);
  }
});

test('schemas reject what Clerk would never send', () => {
  expect(deletedObjectSchema.safeParse({ object: 'user', id: 'user_1', deleted: true }).success).toBe(true);
  // user.deleted carries no user fields: DeletedObject is additionalProperties: false.
  expect(
    deletedObjectSchema.safeParse({ object: 'user', id: 'user_1', deleted: true, email_addresses: [] }).success,
  ).toBe(false);
  const session = buildEvent('session.created', 's').data;
  expect(sessionEventSchema.safeParse({ ...session, status: 'sleeping' }).success).toBe(false);
  expect(sessionEventSchema.safeParse({ ...session, user: undefined }).success).toBe(false);
  expect(() => EVENT_CATALOG['organization.created'].schema.parse({ object: 'organization', id: 'org_1' })).toThrow();
});

test('fixtures/webhooks/*.json are what the builders make (npm run webhook-fixtures)', () => {
  for (const type of FIXTURE_TYPES) {
    expect(readFileSync(fixturePath(type), 'utf8'), `${type}.json is stale: run npm run webhook-fixtures`).toBe(
      renderFixture(type),
    );
    const fixture = JSON.parse(readFileSync(fixturePath(type), 'utf8')) as { data: unknown };
    expect(EVENT_CATALOG[type].schema.safeParse(fixture.data).success).toBe(true);
  }
});

test('a guarded production target is sent only the events that change nothing', () => {
  const { send, held } = sendableEvents(EVENT_TYPES, true);
  expect(send).toEqual(['session.created', 'session.ended', 'session.removed', 'session.revoked']);
  expect(held).toContain('user.created');
  expect(held).toContain('email.created');
  expect(sendableEvents(EVENT_TYPES, false).held).toEqual([]);
});
