// @clerk/testing's clerkSetup() fetches a testing token from BAPI through CLERK_API_URL / apiUrl.
import { clerkSetup } from '@clerk/testing/playwright';

import { bearer, expect, test } from './fixture.ts';

test.describe('testing tokens', { tag: '@emulator' }, () => {
  test('POST /v1/testing_tokens -> { object: testing_token, token, expires_at }', async ({ request, emulator }) => {
    const response = await request.post(`${emulator.bapiUrl}/v1/testing_tokens`, { headers: bearer(emulator) });
    expect(response.status()).toBe(200);
    const body = (await response.json()) as { object: string; token: string; expires_at: number };
    expect(body.object).toBe('testing_token');
    expect(body.token).toMatch(/^\d+-/);
    expect(body.expires_at).toBeGreaterThan(Date.now() / 1000);
  });

  test("@clerk/testing clerkSetup() gets its token from the emulator's BAPI", async ({ emulator }) => {
    const saved = { fapi: process.env.CLERK_FAPI, token: process.env.CLERK_TESTING_TOKEN };
    delete process.env.CLERK_TESTING_TOKEN;
    try {
      await clerkSetup({
        publishableKey: emulator.publishableKey,
        secretKey: emulator.secretKey,
        // Read by clerkSetup though missing from its public type.
        ...({ apiUrl: emulator.bapiUrl } as object),
        dotenv: false,
      });
      expect(process.env.CLERK_TESTING_TOKEN).toMatch(/^\d+-/);
      expect(process.env.CLERK_FAPI).toBe('clerk-go-live.clerk.accounts.dev');
    } finally {
      for (const [name, value] of [
        ['CLERK_FAPI', saved.fapi],
        ['CLERK_TESTING_TOKEN', saved.token],
      ] as const) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
    }
  });
});
