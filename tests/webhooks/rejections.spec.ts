// The negative matrix: each way a delivery can be wrong, its own test and check, answered with one of the
// profile's rejection statuses (a 5xx always fails). Deliveries are session.created, which changes nothing
// even when a broken endpoint accepts it, so the matrix is safe against production.
import { BAD_SIGNATURE, judgeWebhookRejected, REJECTED_CASES, type RejectedCase } from '../../src/checks/index.ts';
import { buildEvent } from '../../src/webhooks/catalog.ts';
import { randomWebhookSecret, signDelivery } from '../../src/webhooks/signer.ts';
import { check, expect, test, type Delivery } from '../../fixtures/index.ts';

const SIX_MINUTES_MS = 6 * 60 * 1000;
const ONE_MB = 1024 * 1024;

test.describe('webhook rejections', () => {
  const expectRejected = async (
    webhook: { send(d: Delivery): Promise<Parameters<typeof judgeWebhookRejected>[0]>; rejectStatuses: number[] },
    delivery: Delivery,
    rule: RejectedCase,
  ) => {
    expect(judgeWebhookRejected(await webhook.send(delivery), webhook.rejectStatuses, rule)).toPassCheck();
  };

  test(
    'a delivery signed with another secret -> rejected',
    check('webhooks.bad-signature-rejected'),
    async ({ webhook }) => {
      webhook.requireReachable();
      await expectRejected(webhook, webhook.sign('session.created', { secret: randomWebhookSecret() }), BAD_SIGNATURE);
    },
  );

  for (const [name, rule] of [
    ['svix-id', REJECTED_CASES.missingId],
    ['svix-timestamp', REJECTED_CASES.missingTimestamp],
    ['svix-signature', REJECTED_CASES.missingSignature],
  ] as const) {
    test(`a delivery without ${name} -> rejected`, check(rule.id), async ({ webhook }) => {
      webhook.requireReachable();
      webhook.requireVerifying();
      const { body, headers } = webhook.sign('session.created');
      const { [name]: _dropped, ...rest } = headers;
      await expectRejected(webhook, { body, headers: rest }, rule);
    });
  }

  test('a body changed after signing -> rejected', check(REJECTED_CASES.bodyChanged.id), async ({ webhook }) => {
    webhook.requireReachable();
    webhook.requireVerifying();
    const signed = webhook.sign('session.created');
    await expectRejected(
      webhook,
      { ...signed, body: signed.body.replace('"status":"active"', '"status":"revoked"') },
      REJECTED_CASES.bodyChanged,
    );
  });

  test(
    'a body re-formatted (whitespace) after signing -> rejected',
    check(REJECTED_CASES.bodyReformatted.id),
    async ({ webhook }) => {
      webhook.requireSecret('only a correctly signed body shows whether re-formatting is noticed');
      webhook.requireReachable();
      webhook.requireVerifying();
      const signed = webhook.sign('session.created');
      await expectRejected(
        webhook,
        { ...signed, body: JSON.stringify(JSON.parse(signed.body), null, 2) },
        REJECTED_CASES.bodyReformatted,
      );
    },
  );

  test('a delivery signed 6 minutes ago -> rejected', check(REJECTED_CASES.staleTimestamp.id), async ({ webhook }) => {
    webhook.requireSecret('only a correctly signed delivery shows whether its age is checked');
    webhook.requireReachable();
    webhook.requireVerifying();
    await expectRejected(
      webhook,
      webhook.sign('session.created', { at: new Date(Date.now() - SIX_MINUTES_MS) }),
      REJECTED_CASES.staleTimestamp,
    );
  });

  test(
    'a delivery dated 6 minutes ahead -> rejected',
    check(REJECTED_CASES.futureTimestamp.id),
    async ({ webhook }) => {
      webhook.requireSecret('only a correctly signed delivery shows whether its date is checked');
      webhook.requireReachable();
      webhook.requireVerifying();
      // An endpoint that checks no timestamp at all is reported once, by the stale-timestamp check.
      const stale = await webhook.send(webhook.sign('session.created', { at: new Date(Date.now() - SIX_MINUTES_MS) }));
      test.skip(
        !('timedOutAfterMs' in stale) && stale.status >= 200 && stale.status < 300,
        'The endpoint checks no timestamp at all: reported by webhooks.reject.stale-timestamp.',
      );
      await expectRejected(
        webhook,
        webhook.sign('session.created', { at: new Date(Date.now() + SIX_MINUTES_MS) }),
        REJECTED_CASES.futureTimestamp,
      );
    },
  );

  test(
    'a 1 MB body with a bad signature -> rejected, no 5xx, no hang',
    check(REJECTED_CASES.oversized.id),
    async ({ webhook }) => {
      webhook.requireReachable();
      webhook.requireVerifying();
      const event = buildEvent('session.created', webhook.seed());
      const body = JSON.stringify({ ...event, data: { ...event.data, padding: 'x'.repeat(ONE_MB) } });
      await expectRejected(webhook, signDelivery(randomWebhookSecret(), body), REJECTED_CASES.oversized);
    },
  );
});
