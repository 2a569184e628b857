import { verifyWebhook } from '@clerk/backend/webhooks';
import { expect, test } from '@playwright/test';
import { Webhook } from 'svix';
import { generateWebhookSecret } from '../../emulator/keys.ts';
import { buildEvent, EVENT_CATALOG } from '../../src/webhooks/catalog.ts';
import { signDelivery } from '../../src/webhooks/signer.ts';

const secret = generateWebhookSecret();

function asRequest(body: string, headers: Record<string, string>): Request {
  return new Request('http://localhost/api/webhooks/clerk', { method: 'POST', body, headers });
}

test('a signed delivery verifies with the svix library and with Clerk’s verifyWebhook', async () => {
  const event = buildEvent('user.created', 'unit');
  const delivery = signDelivery(secret, JSON.stringify(event));
  expect(() => new Webhook(secret).verify(delivery.body, delivery.headers)).not.toThrow();
  const verified = await verifyWebhook(asRequest(delivery.body, delivery.headers), { signingSecret: secret });
  expect(verified.type).toBe('user.created');
  expect(verified.data.id).toBe('user_cgl_synthetic_unit');
});

test('a delivery signed with another secret, or changed after signing, does not verify', async () => {
  const body = JSON.stringify(buildEvent('user.created', 'unit'));
  const wrongSecret = signDelivery(generateWebhookSecret(), body);
  await expect(verifyWebhook(asRequest(body, wrongSecret.headers), { signingSecret: secret })).rejects.toThrow();
  const tampered = signDelivery(secret, body);
  await expect(
    verifyWebhook(asRequest(body.replace('Go-Live', 'Evil'), tampered.headers), { signingSecret: secret }),
  ).rejects.toThrow();
});

test('the delivery headers carry the id, the unix-seconds timestamp and a v1 signature', () => {
  const at = new Date('2026-01-02T03:04:05Z');
  const delivery = signDelivery(secret, '{}', { id: 'msg_fixed', at });
  expect(delivery.headers['svix-id']).toBe('msg_fixed');
  expect(delivery.headers['svix-timestamp']).toBe(String(at.getTime() / 1000));
  expect(delivery.headers['svix-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
});

test('every catalog event is built with synthetic ids and passes its schema', () => {
  for (const type of Object.keys(EVENT_CATALOG) as (keyof typeof EVENT_CATALOG)[]) {
    const event = buildEvent(type, 'seed');
    expect(event.type).toBe(type);
    expect(event.instance_id).toContain('cgl_synthetic');
    expect(JSON.stringify(event.data)).toContain('cgl_synthetic');
  }
});
