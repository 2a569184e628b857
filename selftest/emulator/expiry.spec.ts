// Time-dependent behaviour, with the emulator's clock under the test's control.
import { createClerkClient } from '@clerk/backend';

import { decodeJwt } from '../../emulator/jwt.ts';
import { EMULATOR_DEV_PUBLISHABLE_KEY, generateSecretKey } from '../../emulator/keys.ts';
import { startEmulator } from '../../emulator/server.ts';
import { expect, FapiBrowser, test } from './fixture.ts';

const DAY = 24 * 60 * 60 * 1000;

test.describe('expiry', { tag: '@emulator' }, () => {
  test('sessionTokenLifetimeSeconds sets exp; a session past its 7-day lifetime is signed out', async ({ request }) => {
    let now = Date.now();
    const secretKey = generateSecretKey();
    const user = { emailAddress: 'clock@example.com', password: 'clock-password-1' };
    const emulator = await startEmulator({
      publishableKey: EMULATOR_DEV_PUBLISHABLE_KEY,
      secretKey,
      users: [user],
      sessionTokenLifetimeSeconds: 300,
      now: () => now,
    });
    try {
      const fapi = await FapiBrowser.create(request, emulator.fapiUrl);
      const { sessionId } = await fapi.signIn(user.emailAddress, user.password);
      const { jwt } = (await (await fapi.post(`/v1/client/sessions/${sessionId}/tokens`)).json()) as { jwt: string };
      const claims = decodeJwt(jwt)?.payload as { iat: number; exp: number };
      expect(claims.exp - claims.iat).toBe(300);

      const clerk = createClerkClient({ secretKey, apiUrl: emulator.bapiUrl });
      const shortLived = await clerk.sessions.getToken(sessionId, undefined, 30);
      const shortClaims = decodeJwt(shortLived.jwt)?.payload as { iat: number; exp: number };
      expect(shortClaims.exp - shortClaims.iat, 'BAPI expires_in_seconds').toBe(30);

      now += 8 * DAY;
      const refresh = await fapi.post(`/v1/client/sessions/${sessionId}/tokens`);
      expect(refresh.status()).toBe(401);
      expect((await clerk.sessions.getSession(sessionId)).status).toBe('expired');
    } finally {
      await emulator.close();
    }
  });
});
