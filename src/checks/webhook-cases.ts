// The negative matrix: each way a delivery can be wrong, the check that owns it, and what accepting it means.
// Judged by judgeWebhookRejected (webhook.ts) with the profile's rejection statuses.
// ifAccepted texts are getters: they speak the framework known when the verdict is made, not at import.
import { fixFor } from './framework.ts';
import type { RejectedCase } from './webhook.ts';

const VERIFY_RAW = () =>
  fixFor({
    nextjs:
      'Verify with verifyWebhook(req) from @clerk/nextjs/webhooks before acting on anything, and answer 400 when it throws.',
    express:
      'Verify with verifyWebhook(req) from @clerk/express/webhooks, on a route mounted with express.raw({ type: ' +
      "'application/json' }) before app.use(express.json()), before acting on anything, and answer 400 when it throws.",
    generic:
      'Verify with verifyWebhook(request) from @clerk/backend/webhooks, or ' +
      "svix's Webhook.verify(rawBody, headers), before acting on anything, and answer 400 when it throws.",
    any:
      'Verify with verifyWebhook(req) from @clerk/nextjs/webhooks (@clerk/express/webhooks), or ' +
      "svix's Webhook.verify(rawBody, headers), before acting on anything, and answer 400 when it " +
      'throws.',
  });

const REFORMATTED =
  'The endpoint accepted a body whose bytes differ from the signed ones once re-formatted: ' +
  "the handler verifies JSON.stringify(await req.json()) (or a body parser's output) instead " +
  'of the raw body. ';
const ROUND_TRIP = 'real Clerk bodies do not always survive a JSON round trip.';

const missing = (header: 'svix-id' | 'svix-timestamp' | 'svix-signature'): RejectedCase => ({
  id: `webhooks.reject.missing-${header}`,
  what: `a correctly signed delivery without ${header}`,
  get ifAccepted() {
    return `The endpoint accepted a delivery with no ${header} header, so it does not really verify deliveries (Clerk always sends svix-id, svix-timestamp and svix-signature). ${VERIFY_RAW()}`;
  },
});

export const REJECTED_CASES = {
  missingId: missing('svix-id'),
  missingTimestamp: missing('svix-timestamp'),
  missingSignature: missing('svix-signature'),
  bodyChanged: {
    id: 'webhooks.reject.body-changed',
    what: 'a body changed after signing',
    get ifAccepted() {
      return `The endpoint accepted a body that differs from what was signed: whoever sits in the middle can rewrite events. ${VERIFY_RAW()}`;
    },
  },
  bodyReformatted: {
    id: 'webhooks.reject.body-reformatted',
    what: 'a body re-formatted (whitespace) after signing',
    get ifAccepted() {
      return (
        REFORMATTED +
        fixFor({
          nextjs: `Verify the raw text (await req.text()), or call verifyWebhook(req) from @clerk/nextjs/webhooks; ${ROUND_TRIP}`,
          express:
            "Mount the route with express.raw({ type: 'application/json' }) before app.use(express.json()), so " +
            `req.body is the raw Buffer, and call verifyWebhook(req) from @clerk/express/webhooks; ${ROUND_TRIP}`,
          generic: `Verify the raw text: pass the unread Request to verifyWebhook() from @clerk/backend/webhooks; ${ROUND_TRIP}`,
          any:
            "Verify the raw text — await req.text() in Next.js, express.raw({ type: 'application/json' }) in " +
            `Express — or call verifyWebhook(req); ${ROUND_TRIP}`,
        })
      );
    },
  },
  staleTimestamp: {
    id: 'webhooks.reject.stale-timestamp',
    what: 'a delivery signed 6 minutes ago',
    get ifAccepted() {
      return `The endpoint accepted a delivery whose svix-timestamp is 6 minutes old: without the 5-minute tolerance a captured delivery can be replayed forever. ${VERIFY_RAW()} (verification checks svix-timestamp).`;
    },
  },
  futureTimestamp: {
    id: 'webhooks.reject.future-timestamp',
    what: 'a delivery dated 6 minutes in the future',
    get ifAccepted() {
      return `The endpoint accepted a delivery whose svix-timestamp is 6 minutes ahead: the tolerance must apply both ways, or a pre-dated capture stays replayable. ${VERIFY_RAW()}`;
    },
  },
  oversized: {
    id: 'webhooks.reject.oversized-body',
    what: 'a 1 MB body with a bad signature',
    get ifAccepted() {
      return `The endpoint accepted a 1 MB body with a bad signature. ${VERIFY_RAW()}`;
    },
    // A body-size limit answering 413 before verification is a fine refusal.
    alsoRejecting: [413],
  },
} as const satisfies Record<string, RejectedCase>;
