// Webhooks from the emulator: state changes become Svix-signed Clerk events that @clerk/backend's
// verifyWebhook accepts, and non-2xx answers are retried.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { createClerkClient } from '@clerk/backend';
import { verifyWebhook } from '@clerk/backend/webhooks';

import { generateWebhookSecret } from '../../emulator/keys.ts';
import { expect, FapiBrowser, startTestEmulator, test } from './fixture.ts';

interface Received {
  request: Request;
  body: string;
}

/** A receiver that answers each POST with the next status in `statuses` (then 200). */
async function receiver(statuses: number[] = []): Promise<{ url: string; received: Received[]; server: Server }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = new Headers(Object.entries(req.headers).map(([k, v]): [string, string] => [k, String(v)]));
      received.push({ request: new Request('http://receiver/webhook', { method: 'POST', headers, body }), body });
      res.writeHead(statuses.shift() ?? 200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`, received, server };
}

test.describe('webhooks from the emulator', { tag: '@emulator' }, () => {
  test('user, session, organization and membership changes arrive signed; verifyWebhook accepts each', async ({
    request,
  }) => {
    const secret = generateWebhookSecret();
    const sink = await receiver();
    const emulator = await startTestEmulator('development', {
      webhooks: { url: sink.url, secret, retryDelaysMs: [50] },
    });
    try {
      const clerk = createClerkClient({ secretKey: emulator.secretKey, apiUrl: emulator.bapiUrl });
      const user = await clerk.users.createUser({ emailAddress: [`hook-${Date.now()}@example.com`] });
      await clerk.users.updateUser(user.id, { firstName: 'Hooked' });
      const fapi = await FapiBrowser.create(request, emulator.fapiUrl);
      const { sessionId } = await fapi.signIn(emulator.user.emailAddress, emulator.user.password);
      await fapi.post('/v1/client/sessions', {}, 'DELETE');
      const org = await clerk.organizations.createOrganization({ name: 'Hook Org', createdBy: user.id });
      await clerk.users.deleteUser(user.id);
      await emulator.webhooks?.idle();

      const events = [];
      for (const { request: delivered } of sink.received)
        events.push(await verifyWebhook(delivered, { signingSecret: secret }));
      expect(events.map((e) => e.type)).toEqual([
        'user.created',
        'user.updated',
        'session.created',
        'session.removed',
        'organization.created',
        'organizationMembership.created',
        'user.deleted',
      ]);
      expect(events[2]?.data).toMatchObject({ object: 'session', id: sessionId });
      expect(events[4]?.data).toMatchObject({ object: 'organization', id: org.id });
      expect(events[6]?.data).toMatchObject({ object: 'user', id: user.id, deleted: true });
      const envelope = JSON.parse(sink.received[0]?.body ?? '{}') as Record<string, unknown>;
      expect(Object.keys(envelope).sort()).toEqual([
        'data',
        'event_attributes',
        'instance_id',
        'object',
        'timestamp',
        'type',
      ]);
      expect(envelope.object).toBe('event');
      // The request that caused each change: @clerk/backend's user agent for BAPI calls, Playwright's for FAPI ones.
      const attributes = events.map(
        (e) =>
          (e as unknown as { event_attributes: { http_request: { client_ip: string; user_agent: string } } })
            .event_attributes.http_request,
      );
      expect(attributes[0]?.client_ip).toBe('127.0.0.1');
      expect(attributes[0]?.user_agent).toMatch(/@clerk\/backend/);
      expect(attributes[2]?.user_agent, 'session.created came from the FAPI sign-in').not.toMatch(/@clerk\/backend/);
      expect(attributes[2]?.user_agent).not.toBe('');
    } finally {
      await emulator.close();
      sink.server.close();
    }
  });

  test('a non-2xx answer is retried with the same svix-id until it succeeds', async () => {
    const sink = await receiver([500, 503]);
    const emulator = await startTestEmulator('development', {
      webhooks: { url: sink.url, secret: generateWebhookSecret(), retryDelaysMs: [20, 20, 20] },
    });
    try {
      const clerk = createClerkClient({ secretKey: emulator.secretKey, apiUrl: emulator.bapiUrl });
      await clerk.users.createUser({ emailAddress: [`retry-${Date.now()}@example.com`] });
      await emulator.webhooks?.idle();
      expect(sink.received.map((r) => r.request.headers.get('svix-id'))).toEqual(
        Array(3).fill(sink.received[0]?.request.headers.get('svix-id')),
      );
      expect(emulator.webhooks?.deliveries[0]).toMatchObject({
        delivered: true,
        attempts: [{ status: 500 }, { status: 503 }, { status: 200 }],
      });
    } finally {
      await emulator.close();
      sink.server.close();
    }
  });

  test('retries are bounded: an endpoint that always fails gets 1 + retries attempts', async () => {
    const sink = await receiver([500, 500, 500, 500, 500]);
    const emulator = await startTestEmulator('development', {
      webhooks: { url: sink.url, secret: generateWebhookSecret(), retryDelaysMs: [10, 10] },
    });
    try {
      const clerk = createClerkClient({ secretKey: emulator.secretKey, apiUrl: emulator.bapiUrl });
      await clerk.users.createUser({ emailAddress: [`bounded-${Date.now()}@example.com`] });
      await emulator.webhooks?.idle();
      expect(sink.received).toHaveLength(3);
      expect(emulator.webhooks?.deliveries[0]?.delivered).toBe(false);
    } finally {
      await emulator.close();
      sink.server.close();
    }
  });
});
