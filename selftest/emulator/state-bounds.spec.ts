// State stays bounded: dev browsers, clients, sessions, sign-ins, sign-ups and handshake nonces are
// dropped once expired, so a long-running emulator does not grow without limit.
import { createClerkClient } from '@clerk/backend';

import { expect, FapiBrowser, startTestEmulator, test } from './fixture.ts';

const DAY = 24 * 60 * 60 * 1000;

test.describe('bounded state', { tag: '@emulator' }, () => {
  test('after their lifetimes pass, every expiring store is empty again', async ({ request }) => {
    let now = Date.now();
    const emulator = await startTestEmulator('development', { now: () => now });
    try {
      for (let i = 0; i < 3; i++) {
        const fapi = await FapiBrowser.create(request, emulator.fapiUrl);
        await fapi.signIn(emulator.user.emailAddress, emulator.user.password);
        await fapi.post('/v1/client/sign_ins', { identifier: emulator.user.emailAddress }); // -> session_exists, no record
        await fapi.post('/v1/client/sign_ups', { email_address: `bound-${i}+clerk_test@example.com` });
        await request.get(
          `${emulator.fapiUrl}/v1/client/handshake?redirect_url=http://localhost:3000/&format=nonce&__clerk_db_jwt=${fapi.devBrowser}`,
          { maxRedirects: 0 },
        );
      }
      const clerk = createClerkClient({ secretKey: emulator.secretKey, apiUrl: emulator.bapiUrl });
      const [user] = (await clerk.users.getUserList({ emailAddress: [emulator.user.emailAddress] })).data;
      await clerk.signInTokens.createSignInToken({ userId: user!.id, expiresInSeconds: 60 });
      const before = emulator.stateSizes();
      expect(before).toMatchObject({
        devBrowsers: 3,
        clients: 3,
        sessions: 3,
        signIns: 3,
        signUps: 3,
        handshakePayloads: 3,
        signInTokens: 1,
      });

      // Past every lifetime (sessions are abandoned after 10 days, clients idle after 30); one more
      // write sweeps its own store, the periodic prune (run here directly) sweeps the rest.
      now += 31 * DAY;
      await FapiBrowser.create(request, emulator.fapiUrl);
      expect(emulator.stateSizes().devBrowsers, 'a write sweeps its store').toBe(1);
      emulator.prune();
      const after = emulator.stateSizes();
      expect(after, 'only the dev browser just created is left').toEqual({
        devBrowsers: 1,
        clients: 0,
        sessions: 0,
        signIns: 0,
        signUps: 0,
        signInTokens: 0,
        handshakePayloads: 0,
      });
    } finally {
      await emulator.close();
    }
  });
});
