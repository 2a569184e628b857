// Event builders by type. Each returns a full Clerk event (envelope + data) that passes its schema.
// `effect` says what the delivery asks a target to do (README and the production safety gate read it);
// `changesState` marks the events that only run against production with webhook.allowStateChanges.
import type { z } from 'zod';
import { envelope, envelopeSchema, type WebhookEvent } from './envelope.ts';
import { EVENT_TYPES, type EventType } from './event-types.ts';
import { deletedObjectSchema, syntheticDeleted } from './events/deleted.ts';
import { emailEventSchema, syntheticEmailEvent } from './events/email.ts';
import {
  membershipSchema,
  organizationSchema,
  syntheticMembership,
  syntheticOrganization,
} from './events/organization.ts';
import { sessionEventSchema, syntheticSession } from './events/session.ts';
import { syntheticUser, userSchema } from './events/user.ts';

export { EVENT_TYPES, type EventType };

export interface EventSpec {
  type: EventType;
  /** What delivering this event asks the target to do, for the README and the safety gate. */
  effect: string;
  changesState: boolean;
  /** The payload (`data`); the envelope is added by buildEvent. */
  data(seed: string, now: Date): unknown;
  schema: z.ZodType;
}

const spec = (
  type: EventType,
  changesState: boolean,
  effect: string,
  data: EventSpec['data'],
  schema: z.ZodType,
): EventSpec => ({ type, effect, changesState, data, schema });

export const EVENT_CATALOG: Record<EventType, EventSpec> = {
  'user.created': spec(
    'user.created',
    true,
    'create (or sync) the user `user_cgl_synthetic_<seed>` with an @example.com address',
    syntheticUser,
    userSchema,
  ),
  'user.updated': spec('user.updated', true, 'update (or upsert) that synthetic user', syntheticUser, userSchema),
  'user.deleted': spec(
    'user.deleted',
    true,
    'delete that synthetic user (data is only `{ object, id, deleted }`)',
    (seed) => syntheticDeleted('user', 'user', seed),
    deletedObjectSchema,
  ),
  'session.created': spec(
    'session.created',
    false,
    'record a new session `sess_cgl_synthetic_<seed>` of the synthetic user (apps usually log it)',
    (seed, now) => syntheticSession(seed, 'active', now),
    sessionEventSchema,
  ),
  'session.ended': spec(
    'session.ended',
    false,
    'record that session as ended (signed out)',
    (seed, now) => syntheticSession(seed, 'ended', now),
    sessionEventSchema,
  ),
  'session.removed': spec(
    'session.removed',
    false,
    'record that session as removed',
    (seed, now) => syntheticSession(seed, 'removed', now),
    sessionEventSchema,
  ),
  'session.revoked': spec(
    'session.revoked',
    false,
    'record that session as revoked',
    (seed, now) => syntheticSession(seed, 'revoked', now),
    sessionEventSchema,
  ),
  'organization.created': spec(
    'organization.created',
    true,
    'create (or sync) the organization `org_cgl_synthetic_<seed>`',
    syntheticOrganization,
    organizationSchema,
  ),
  'organization.updated': spec(
    'organization.updated',
    true,
    'update (or upsert) that synthetic organization',
    syntheticOrganization,
    organizationSchema,
  ),
  'organization.deleted': spec(
    'organization.deleted',
    true,
    'delete that synthetic organization',
    (seed) => syntheticDeleted('organization', 'org', seed),
    deletedObjectSchema,
  ),
  'organizationMembership.created': spec(
    'organizationMembership.created',
    true,
    'add the synthetic user to the synthetic organization as org:admin',
    syntheticMembership,
    membershipSchema,
  ),
  'email.created': spec(
    'email.created',
    true,
    'with custom email delivery, send a verification-code email to ' +
      '`go-live-synthetic-<seed>@example.com` (a reserved domain: it reaches no one)',
    (seed) => syntheticEmailEvent(seed),
    emailEventSchema,
  ),
};

/** Build an event and prove it matches the schema before it is ever sent. */
export function buildEvent(type: EventType, seed: string, now: Date = new Date()): WebhookEvent {
  const entry = EVENT_CATALOG[type];
  const event = envelope(type, entry.data(seed, now) as Record<string, unknown>, now);
  envelopeSchema.parse(event);
  entry.schema.parse(event.data);
  return event;
}

/** Events a target may be sent: all of them, or only the ones that change nothing on a guarded production target. */
export function sendableEvents(
  types: readonly EventType[],
  guarded: boolean,
): { send: EventType[]; held: EventType[] } {
  const send = types.filter((type) => !guarded || !EVENT_CATALOG[type].changesState);
  return { send, held: types.filter((type) => !send.includes(type)) };
}
