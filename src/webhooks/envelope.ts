// The envelope Clerk puts around every webhook event (clerk/openapi-specs webhooks: WebhookEventPayload).
import { z } from 'zod';

/** Synthetic ids say what they are, so nobody mistakes a replayed event for a real user. */
export const SYNTHETIC_INSTANCE_ID = 'ins_cgl_synthetic_go_live';
export const SYNTHETIC_CLIENT_IP = '192.0.2.10'; // TEST-NET-1: never a real client
export const SYNTHETIC_USER_AGENT = 'clerk-go-live webhook replay';

export const envelopeSchema = z.object({
  object: z.literal('event'),
  type: z.string().min(1),
  timestamp: z.number().int().positive(),
  instance_id: z.string().startsWith('ins_'),
  event_attributes: z.object({
    http_request: z.object({ client_ip: z.string(), user_agent: z.string() }),
  }),
  data: z.record(z.string(), z.unknown()),
});

export type WebhookEvent<TData = Record<string, unknown>> = Omit<z.infer<typeof envelopeSchema>, 'data'> & {
  data: TData;
};

export function envelope<TData>(type: string, data: TData, now: Date = new Date()): WebhookEvent<TData> {
  return {
    object: 'event',
    type,
    // Clerk's events carry the time in milliseconds.
    timestamp: now.getTime(),
    instance_id: SYNTHETIC_INSTANCE_ID,
    event_attributes: { http_request: { client_ip: SYNTHETIC_CLIENT_IP, user_agent: SYNTHETIC_USER_AGENT } },
    data,
  };
}
