// The reference apps' receiver (targets/shared/webhook-receiver.ts), called with web Requests: the clean
// receiver verifies, dedupes and records; each fault switch breaks exactly what it says.
import { expect, test } from '@playwright/test';
import { handleClerkWebhook, webhookProbeUser } from '../../targets/shared/webhook-receiver.ts';
import { buildEvent, type EventType } from '../../src/webhooks/catalog.ts';
import { randomWebhookSecret, signDelivery, type SignOptions } from '../../src/webhooks/signer.ts';

const secret = randomWebhookSecret();
let counter = 0;

function deliver(
  type: EventType,
  seed: string,
  options: SignOptions & { body?: (body: string) => string } = {},
): Promise<Response> {
  const signed = signDelivery(secret, JSON.stringify(buildEvent(type, seed)), options);
  const body = options.body ? options.body(signed.body) : signed.body;
  return handleClerkWebhook(
    new Request('http://localhost/api/webhooks/clerk', { method: 'POST', headers: signed.headers, body }),
  );
}

const exists = async (seed: string) =>
  ((await webhookProbeUser(`user_cgl_synthetic_${seed}`).json()) as { exists: boolean }).exists;

test.describe.configure({ mode: 'serial' });

test.beforeEach(() => {
  process.env.CLERK_WEBHOOK_SIGNING_SECRET = secret;
  delete process.env.CGL_FAULTS;
  counter += 1;
});

test.afterAll(() => {
  delete process.env.CGL_FAULTS;
});

test(
  'clean: verifies, applies user.created/user.deleted, ignores a redelivery, refuses bad ' + 'input with 400',
  async () => {
    const seed = `clean${counter}`;
    const created = await deliver('user.created', seed, { id: `msg_${seed}` });
    expect(created.status).toBe(200);
    expect(await exists(seed)).toBe(true);
    expect((await deliver('user.deleted', seed)).status).toBe(200);
    expect(await exists(seed)).toBe(false);
    expect((await deliver('user.created', seed, { id: `msg_${seed}` })).status).toBe(200);
    expect(await exists(seed)).toBe(false);
    expect(
      (await deliver('session.created', seed, { body: (body) => JSON.stringify(JSON.parse(body), null, 2) })).status,
    ).toBe(400);
    expect((await deliver('session.created', seed, { at: new Date(Date.now() - 6 * 60_000) })).status).toBe(400);
    const get = await handleClerkWebhook(new Request('http://localhost/api/webhooks/clerk'));
    expect(get.status).toBe(405);
  },
);

test('faults break exactly their own behaviour', async () => {
  const seed = `fault${counter}`;
  process.env.CGL_FAULTS = 'webhook-svix2-noop';
  expect((await deliver('user.created', seed)).status).toBe(200);
  expect(await exists(seed)).toBe(false);

  process.env.CGL_FAULTS = 'webhook-reserialized';
  expect(
    (await deliver('session.created', seed, { body: (body) => JSON.stringify(JSON.parse(body), null, 2) })).status,
  ).toBe(200);

  process.env.CGL_FAULTS = 'webhook-no-timestamp-tolerance';
  expect((await deliver('session.created', seed, { at: new Date(Date.now() - 6 * 60_000) })).status).toBe(200);
  expect((await deliver('session.created', seed, { body: (body) => body.replace('active', 'revoked') })).status).toBe(
    400,
  );

  process.env.CGL_FAULTS = 'webhook-crash-on-user-deleted';
  expect((await deliver('user.created', seed)).status).toBe(200);
  expect((await deliver('user.deleted', seed)).status).toBe(500);
  expect(await exists(seed)).toBe(false);

  process.env.CGL_FAULTS = 'webhook-duplicates-processed';
  await deliver('user.created', seed, { id: `msg_dup_${seed}` });
  await deliver('user.deleted', seed);
  await deliver('user.created', seed, { id: `msg_dup_${seed}` });
  expect(await exists(seed)).toBe(true);
});
