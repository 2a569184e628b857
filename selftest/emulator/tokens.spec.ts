// Session tokens at the edges: expired, not yet valid, and short lifetimes that make clerk-js refresh.
import { verifyToken } from '@clerk/backend';

import { APP_ORIGIN, expect, test } from './fixture.ts';

test.describe('session token timing', { tag: '@emulator' }, () => {
  test('mintSessionToken: an expired token and a not-yet-valid one are rejected; a current one passes', async ({
    emulator,
    fapi,
  }) => {
    const { sessionId } = await fapi.signIn(emulator.user.emailAddress, emulator.user.password);
    const options = {
      secretKey: emulator.secretKey,
      apiUrl: emulator.bapiUrl,
      authorizedParties: [APP_ORIGIN],
      clockSkewInMs: 0,
    };
    const current = emulator.mintSessionToken(sessionId, { azp: APP_ORIGIN });
    await expect(verifyToken(current, options)).resolves.toMatchObject({ sid: sessionId });
    const expired = emulator.mintSessionToken(sessionId, {
      issuedAt: Date.now() - 10 * 60_000,
      lifetimeSeconds: 60,
      azp: APP_ORIGIN,
    });
    await expect(verifyToken(expired, options)).rejects.toThrow(/expired/i);
    const future = emulator.mintSessionToken(sessionId, { issuedAt: Date.now() + 10 * 60_000, azp: APP_ORIGIN });
    await expect(verifyToken(future, options)).rejects.toThrow(/not active yet|before|future|iat/i);
  });
});
