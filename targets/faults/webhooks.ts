// Webhooks faults. Each helper that adds a check adds its fault here; targets/faults.ts composes the areas.
// All but webhook-route-protected live in targets/shared/webhook-receiver.ts, which every app serves;
// webhook-route-protected lives in each app's middleware.
import { ALL_APPS, type Fault } from './fault.ts';

export const WEBHOOKS_FAULTS = [
  {
    id: 'webhook-unverified',
    area: 'webhooks',
    description: 'The webhook handler parses the JSON body and answers 200 without verifying the Svix signature.',
    caughtBy: 'webhooks.bad-signature-rejected',
    apps: ALL_APPS,
    // Nothing is verified: the rejection checks skip (they need a verifying endpoint), and the other verifier
    // faults never run.
    masks: ['webhooks.reject.*', 'webhooks.signature-rotation', 'webhooks.side-effect'],
  },
  {
    id: 'webhook-svix2-noop',
    area: 'webhooks',
    description:
      'The handler verifies with svix 2.x, whose verify() returns undefined, so it answers 200 and applies nothing.',
    caughtBy: 'webhooks.side-effect',
    apps: ALL_APPS,
    // Nothing is applied: a duplicate cannot be applied twice, user.deleted never reaches the crash.
    masks: ['webhooks.idempotent', 'webhooks.replay'],
  },
  {
    id: 'webhook-route-protected',
    area: 'webhooks',
    description:
      "The middleware leaves '/api/webhooks(.*)' out of the public routes (Hono: /hooks/clerk behind " +
      "requireApi), so Clerk's deliveries are refused.",
    caughtBy: 'webhooks.route-public',
    apps: ALL_APPS,
    // No delivery reaches the handler: every other webhooks check skips.
    masks: ['webhooks'],
  },
  {
    id: 'webhook-reserialized',
    area: 'webhooks',
    description: 'The handler verifies JSON.stringify(await req.json()) instead of the raw body it was sent.',
    caughtBy: 'webhooks.reject.body-reformatted',
    apps: ALL_APPS,
    // Its verifier is used instead of the verifier faults' after it (targets/shared/webhook-receiver.ts): their
    // checks pass.
    masks: [
      'webhooks.reject.missing-svix-signature',
      'webhooks.reject.stale-timestamp',
      'webhooks.signature-rotation',
      'webhooks.reject.future-timestamp',
      'webhooks.side-effect',
    ],
  },
  {
    id: 'webhook-no-timestamp-tolerance',
    area: 'webhooks',
    description:
      'A hand-rolled verifier checks the HMAC but never the age of svix-timestamp, so old deliveries replay.',
    caughtBy: 'webhooks.reject.stale-timestamp',
    apps: ALL_APPS,
    // Its verifier is used instead of the verifier faults' after it (targets/shared/webhook-receiver.ts): their
    // checks pass.
    masks: ['webhooks.signature-rotation', 'webhooks.reject.future-timestamp', 'webhooks.side-effect'],
  },
  {
    id: 'webhook-crash-on-user-deleted',
    area: 'webhooks',
    description:
      'The handler deletes the user, then throws on a field user.deleted never carries: 500 on every user.deleted.',
    caughtBy: 'webhooks.replay',
    apps: ALL_APPS,
  },
  {
    id: 'webhook-duplicates-processed',
    area: 'webhooks',
    description: 'The handler does not remember svix-id, so a retried delivery is applied a second time.',
    caughtBy: 'webhooks.idempotent',
    apps: ALL_APPS,
  },
  {
    id: 'webhook-first-signature-only',
    area: 'webhooks',
    description:
      'A hand-rolled verifier compares only the first signature in svix-signature: during a ' +
      'secret rotation (old and new signatures) real deliveries are refused.',
    caughtBy: 'webhooks.signature-rotation',
    apps: ALL_APPS,
    // Its verifier is used instead of the verifier faults' after it (targets/shared/webhook-receiver.ts): their
    // checks pass.
    masks: ['webhooks.reject.future-timestamp', 'webhooks.side-effect'],
  },
  {
    id: 'webhook-unsigned-internal-calls',
    area: 'webhooks',
    description:
      'A "manual replay" shortcut: deliveries without svix-signature are treated as internal ' +
      'calls and processed unverified.',
    caughtBy: 'webhooks.reject.missing-svix-signature',
    apps: ALL_APPS,
  },
  {
    id: 'webhook-past-only-tolerance',
    area: 'webhooks',
    description:
      'A hand-rolled verifier rejects deliveries older than 5 minutes but not ones dated in the ' +
      'future (age > 300 without the absolute value).',
    caughtBy: 'webhooks.reject.future-timestamp',
    apps: ALL_APPS,
    // Its verifier is used instead of webhook-svix2-noop's (targets/shared/webhook-receiver.ts).
    masks: ['webhooks.side-effect'],
  },
  {
    id: 'webhook-large-body-crash',
    area: 'webhooks',
    description:
      'A large delivery crashes instead of being refused: the handler copies the body into a ' +
      'fixed 512 KB buffer and throws (Next.js); the catch-all error handler turns the body ' +
      "parser's 413 into a 500 (Express), and app.onError the body guard's 413 HTTPException (Hono).",
    caughtBy: 'webhooks.reject.oversized-body',
    apps: ALL_APPS,
  },
] as const satisfies readonly Fault[];
