// email.created payloads (clerk/openapi-specs webhooks: EmailEventPayload). Apps with custom email
// delivery send these themselves, so the address is on the reserved example.com domain.
import { z } from 'zod';
import { syntheticEmail, syntheticId } from './synthetic.ts';

export const emailEventSchema = z.object({
  id: z.string().startsWith('ema_'),
  object: z.literal('email'),
  slug: z.string().nullable(),
  from_email_name: z.string(),
  reply_to_email_name: z.string().nullable().optional(),
  to_email_address: z.string().email().optional(),
  email_address_id: z.string().nullable().optional(),
  user_id: z.string().nullable().optional(),
  subject: z.string().optional(),
  body: z.string().optional(),
  body_plain: z.string().nullable().optional(),
  status: z.string().optional(),
  data: z.record(z.string(), z.unknown()),
  delivered_by_clerk: z.boolean(),
});

export type EmailEvent = z.infer<typeof emailEventSchema>;

export function syntheticEmailEvent(seed: string): EmailEvent {
  return {
    id: syntheticId('ema', seed),
    object: 'email',
    slug: 'verification_code',
    from_email_name: 'notifications',
    reply_to_email_name: null,
    to_email_address: syntheticEmail(seed),
    email_address_id: syntheticId('idn', seed),
    user_id: syntheticId('user', seed),
    subject: '000000 is your verification code (clerk-go-live synthetic event)',
    body: '<p>clerk-go-live synthetic event: no one should receive this.</p>',
    body_plain: 'clerk-go-live synthetic event: no one should receive this.',
    status: 'queued',
    data: { otp_code: '000000', app: { name: 'clerk-go-live' } },
    delivered_by_clerk: false,
  };
}
