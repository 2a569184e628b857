// session.* payloads: SessionEventPayload = Session + the session's User (clerk/openapi-specs webhooks).
import { z } from 'zod';
import { syntheticId } from './synthetic.ts';
import { syntheticUser, userSchema } from './user.ts';

const SESSION_STATUSES = ['active', 'revoked', 'ended', 'expired', 'removed', 'abandoned', 'replaced'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];

// Session is additionalProperties: false in the spec; the event adds `user`.
export const sessionEventSchema = z.strictObject({
  object: z.literal('session'),
  id: z.string().startsWith('sess_'),
  user_id: z.string().startsWith('user_'),
  client_id: z.string().startsWith('client_'),
  actor: z.record(z.string(), z.unknown()).nullable().optional(),
  status: z.enum(SESSION_STATUSES),
  last_active_organization_id: z.string().nullable().optional(),
  last_active_at: z.number().int(),
  latest_activity: z
    .object({ id: z.string(), object: z.string(), is_mobile: z.boolean() })
    .loose()
    .nullable()
    .optional(),
  expire_at: z.number().int(),
  abandon_at: z.number().int(),
  updated_at: z.number().int(),
  created_at: z.number().int(),
  user: userSchema,
});

export type SessionEvent = z.infer<typeof sessionEventSchema>;

const DAY_MS = 24 * 60 * 60 * 1000;

export function syntheticSession(seed: string, status: SessionStatus, now: Date = new Date()): SessionEvent {
  const at = now.getTime();
  return {
    object: 'session',
    id: syntheticId('sess', seed),
    user_id: syntheticId('user', seed),
    client_id: syntheticId('client', seed),
    actor: null,
    status,
    last_active_organization_id: null,
    last_active_at: at,
    latest_activity: null,
    expire_at: at + 7 * DAY_MS,
    abandon_at: at + 30 * DAY_MS,
    updated_at: at,
    created_at: at,
    user: syntheticUser(seed, now),
  };
}
