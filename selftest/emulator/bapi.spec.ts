// The Backend API subset: secret-key auth, users, sign-in tokens, sessions, and unknown routes.
import { createClerkClient } from '@clerk/backend';

import { expect, test } from './fixture.ts';

test.describe('BAPI', { tag: '@emulator' }, () => {
  for (const [name, headers] of [
    ['no Authorization header', {}],
    ['a wrong secret key', { authorization: 'Bearer sk_test_not-the-key' }],
  ] as const) {
    test(`GET /v1/users with ${name} -> 401 authentication_invalid`, async ({ request, emulator }) => {
      const response = await request.get(`${emulator.bapiUrl}/v1/users`, { headers });
      expect(response.status()).toBe(401);
      expect(response.headers()['content-type']).toBe('application/json');
      const body = (await response.json()) as { errors: { code: string }[] };
      expect(body.errors[0]?.code).toBe('authentication_invalid');
    });
  }

  test('@clerk/backend getUserList({ emailAddress }) finds the seeded user, with totalCount', async ({ emulator }) => {
    const clerk = createClerkClient({ secretKey: emulator.secretKey, apiUrl: emulator.bapiUrl });
    const list = await clerk.users.getUserList({ emailAddress: [emulator.user.emailAddress] });
    expect(list.totalCount).toBe(1);
    expect(list.data[0]?.primaryEmailAddress?.emailAddress).toBe(emulator.user.emailAddress);
    expect(list.data[0]?.firstName).toBe('Go');
    const none = await clerk.users.getUserList({ emailAddress: ['nobody@example.com'] });
    expect(none.totalCount).toBe(0);
    const user = await clerk.users.getUser(list.data[0]!.id);
    expect(user.id).toBe(list.data[0]!.id);
  });

  test('sign-in token -> FAPI ticket sign-in completes once, then ticket_invalid', async ({
    emulator,
    fapi,
    request,
  }) => {
    const clerk = createClerkClient({ secretKey: emulator.secretKey, apiUrl: emulator.bapiUrl });
    const [user] = (await clerk.users.getUserList({ emailAddress: [emulator.user.emailAddress] })).data;
    const ticket = await clerk.signInTokens.createSignInToken({ userId: user!.id, expiresInSeconds: 300 });
    expect(ticket.status).toBe('pending');
    const first = await fapi.post('/v1/client/sign_ins', { strategy: 'ticket', ticket: ticket.token });
    expect(((await first.json()) as { response: { status: string } }).response.status).toBe('complete');

    const { id: otherDevBrowser } = (await (await request.post(`${emulator.fapiUrl}/v1/dev_browser`)).json()) as {
      id: string;
    };
    const reused = await request.post(`${emulator.fapiUrl}/v1/client/sign_ins?__clerk_db_jwt=${otherDevBrowser}`, {
      form: { strategy: 'ticket', ticket: ticket.token },
    });
    expect(reused.status()).toBe(400);
  });

  test('GET /v1/sessions/{id} -> the session a FAPI sign-in created', async ({ emulator, fapi }) => {
    const { sessionId } = await fapi.signIn(emulator.user.emailAddress, emulator.user.password);
    const clerk = createClerkClient({ secretKey: emulator.secretKey, apiUrl: emulator.bapiUrl });
    const session = await clerk.sessions.getSession(sessionId);
    expect(session.status).toBe('active');
    expect(session.userId).toMatch(/^user_/);
  });
});
