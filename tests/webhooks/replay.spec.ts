// Positive replay: every event the profile subscribes to, built from the catalog and signed with the svix
// library, must be answered 2xx within the delivery timeout; a signature list with one right signature
// (secret rotation) too.
import { judgeWebhookAccepted } from '../../src/checks/index.ts';
import { EVENT_CATALOG } from '../../src/webhooks/catalog.ts';
import { signDelivery, randomWebhookSecret } from '../../src/webhooks/signer.ts';
import { buildEvent } from '../../src/webhooks/catalog.ts';
import { check, expect, test } from '../../fixtures/index.ts';

test.describe('webhook replay', () => {
  test(
    'every subscribed event, correctly signed -> 2xx in time',
    check('webhooks.replay'),
    async ({ webhook, profile }) => {
      webhook.requireSecret('a valid delivery cannot be signed');
      webhook.requireReachable();
      const events = profile.webhook.events;
      const send = webhook.stateChangesHeld ? events.filter((type) => !EVENT_CATALOG[type].changesState) : events;
      const held = events.filter((type) => !send.includes(type));
      if (held.length > 0)
        test.info().annotations.push({
          type: 'held',
          description: `not sent to this production target (state-changing; CGL_WEBHOOK_ALLOW_STATE_CHANGES=1 sends them): ${held.join(', ')}`,
        });
      test.skip(
        send.length === 0,
        `Every listed event changes state: set CGL_WEBHOOK_ALLOW_STATE_CHANGES=1 to replay ${events.join(', ')} on a production target.`,
      );
      // One seed for the whole run, so user.deleted deletes the user user.created made.
      const seed = webhook.seed();
      for (const type of send) {
        await test.step(type, async () => {
          const answer = await webhook.send(webhook.sign(type, { seed }));
          expect.soft(judgeWebhookAccepted(answer, { what: `a correctly signed ${type}` })).toPassCheck();
        });
      }
    },
  );

  test(
    'a signature list where one of several is right (secret rotation) -> 2xx',
    check('webhooks.signature-rotation'),
    async ({ webhook }) => {
      const secret = webhook.requireSecret('a valid signature cannot be made');
      webhook.requireReachable();
      const body = JSON.stringify(buildEvent('session.created', webhook.seed()));
      const at = new Date();
      const right = signDelivery(secret, body, { at });
      const old = signDelivery(randomWebhookSecret(), body, { id: right.headers['svix-id'], at });
      const headers = {
        ...right.headers,
        'svix-signature': `${old.headers['svix-signature']} ${right.headers['svix-signature']}`,
      };
      const answer = await webhook.send({ body, headers });
      expect(
        judgeWebhookAccepted(answer, {
          id: 'webhooks.signature-rotation',
          what: 'two signatures, the second one right',
        }),
      ).toPassCheck();
    },
  );
});
