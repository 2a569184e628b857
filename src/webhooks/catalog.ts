// Event builders by type. Each returns a full Clerk event (envelope + data) that passes its schema.
import { envelope, envelopeSchema, type WebhookEvent } from './envelope.ts';
import { syntheticUser, userSchema } from './events/user.ts';

export interface EventSpec {
  type: string;
  /** What delivering this event asks the target to do, for the README and the safety gate. */
  effect: string;
  build(seed: string, now?: Date): WebhookEvent;
  schema: typeof userSchema;
}

export const EVENT_CATALOG = {
  'user.created': {
    type: 'user.created',
    effect: 'asks the app to create (or sync) a user with a synthetic id user_cgl_synthetic_*',
    build: (seed, now) => envelope('user.created', syntheticUser(seed, now), now),
    schema: userSchema,
  },
} satisfies Record<string, EventSpec>;

export type EventType = keyof typeof EVENT_CATALOG;

/** Build an event and prove it matches the schema before it is ever sent. */
export function buildEvent(type: EventType, seed: string, now?: Date): WebhookEvent {
  const spec: EventSpec = EVENT_CATALOG[type];
  const event = spec.build(seed, now);
  envelopeSchema.parse(event);
  spec.schema.parse(event.data);
  return event;
}
