// Webhook deliveries signed the way Clerk (via Svix) signs them: the target must accept a valid one and
// reject one whose signature is wrong.
import { randomUUID } from 'node:crypto';
import { judgeWebhookAccepted, judgeWebhookRejected } from '../../src/checks/index.ts';
import { buildEvent } from '../../src/webhooks/catalog.ts';
import { generateWebhookSecret } from '../../emulator/keys.ts';
import { signDelivery } from '../../src/webhooks/signer.ts';
import { check, expect, test } from '../../fixtures/index.ts';

test.describe('webhook signature', { tag: ['@webhooks', '@smoke'] }, () => {
  test('a Svix-signed user.created -> 2xx', { annotation: check('webhooks.valid-signature-accepted') }, async ({ probe, profile }) => {
    const secret = profile.webhook.secret?.reveal();
    test.skip(!secret, 'No CLERK_WEBHOOK_SIGNING_SECRET: a valid delivery cannot be signed.');
    test.skip(profile.environment === 'production' && !profile.webhook.allowStateChanges, 'user.created changes state: set CGL_WEBHOOK_ALLOW_STATE_CHANGES=1 to send it to a production target.');
    const body = JSON.stringify(buildEvent('user.created', randomUUID().slice(0, 8)));
    const delivery = signDelivery(secret!, body);
    const evidence = await probe(profile.webhook.path, { method: 'POST', headers: delivery.headers, data: delivery.body });
    expect(judgeWebhookAccepted(evidence)).toPassCheck();
  });

  test('a user.created signed with another secret -> rejected', { tag: ['@prod-safe'], annotation: check('webhooks.bad-signature-rejected') }, async ({ probe, profile }) => {
    const body = JSON.stringify(buildEvent('user.created', randomUUID().slice(0, 8)));
    const delivery = signDelivery(generateWebhookSecret(), body);
    const evidence = await probe(profile.webhook.path, { method: 'POST', headers: delivery.headers, data: delivery.body });
    expect(judgeWebhookRejected(evidence, profile.webhook.rejectStatuses)).toPassCheck();
  });
});
