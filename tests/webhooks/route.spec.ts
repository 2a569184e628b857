// Is the webhook path reachable at all, and how does it answer what Clerk never sends? The last two are
// reported (annotations), never failed: legitimate apps differ.
import { judgeRouteReachable, webhookGetFinding, webhookHeadersFinding } from '../../src/checks/index.ts';
import { asStandardWebhookHeaders } from '../../src/webhooks/signer.ts';
import { check, expect, isTimedOut, test } from '../../fixtures/index.ts';

test.describe('webhook route', () => {
  test(
    'a correctly signed delivery reaches the handler (the path is public)',
    check('webhooks.route-public'),
    async ({ webhook, profile }) => {
      webhook.requireSecret(
        'without it every delivery is refused by a working handler, so a block cannot be told apart',
      );
      const answer = await webhook.send(webhook.sign('session.created'));
      expect(isTimedOut(answer), `POST ${webhook.path} got no answer`).toBe(false);
      if (isTimedOut(answer)) return;
      expect(judgeRouteReachable(answer, profile.paths.signIn)).toPassCheck();
    },
  );

  test('GET on the webhook path (reported)', check('webhooks.report.get'), async ({ probe, webhook }) => {
    const evidence = await probe(webhook.path);
    test
      .info()
      .annotations.push({ type: 'finding', description: `GET ${webhook.path}: ${webhookGetFinding(evidence)}` });
  });

  test(
    'a correctly signed delivery with only webhook-* headers (reported)',
    check('webhooks.report.webhook-headers'),
    async ({ webhook }) => {
      webhook.requireSecret('the delivery must be correctly signed for the finding to mean anything');
      webhook.requireReachable();
      const answer = await webhook.send(asStandardWebhookHeaders(webhook.sign('session.created')));
      const finding = isTimedOut(answer)
        ? `no answer within ${answer.timedOutAfterMs / 1000} s`
        : webhookHeadersFinding(answer);
      test.info().annotations.push({ type: 'finding', description: `webhook-* headers only: ${finding}` });
    },
  );
});
