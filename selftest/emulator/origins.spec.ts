// A production instance's Frontend API answers its domain and the domain's subdomains, and refuses other
// sites, as Clerk documents (emulator/fapi/origins.ts); Allowed Subdomains narrows the subdomains.
import { expect, test } from '@playwright/test';
import { EMULATOR_PROD_PUBLISHABLE_KEY, generateSecretKey } from '../../emulator/keys.ts';
import { startEmulator, type RunningEmulator } from '../../emulator/server.ts';

let open: RunningEmulator;
let strict: RunningEmulator;

test.beforeAll(async () => {
  const base = { publishableKey: EMULATOR_PROD_PUBLISHABLE_KEY, secretKey: generateSecretKey('production'), users: [] };
  open = await startEmulator({ ...base, domain: 'localhost' });
  strict = await startEmulator({ ...base, domain: 'localhost', allowedSubdomains: ['app.localhost'] });
});

test.afterAll(async () => {
  await Promise.all([open.close(), strict.close()]);
});

const statusFrom = async (
  emulator: RunningEmulator,
  origin: string,
  request: import('@playwright/test').APIRequestContext,
) => (await request.get(`${emulator.fapiUrl}/v1/environment`, { headers: { origin } })).status();

test('the domain and its subdomains are answered, another site gets 403 origin_invalid', async ({ request }) => {
  expect(await statusFrom(open, 'https://localhost:3443', request)).toBe(200);
  expect(await statusFrom(open, 'https://clerk-go-live-sibling.localhost', request)).toBe(200);
  const refused = await request.get(`${open.fapiUrl}/v1/environment`, { headers: { origin: 'https://evil.example' } });
  expect(refused.status()).toBe(403);
  expect(((await refused.json()) as { errors: { code: string }[] }).errors[0]?.code).toBe('origin_invalid');
  // Same-origin and server-side requests carry no Origin: answered.
  expect((await request.get(`${open.fapiUrl}/v1/environment`)).status()).toBe(200);
});

test('with Allowed Subdomains on, an unlisted sibling is refused and a listed one answered', async ({ request }) => {
  expect(await statusFrom(strict, 'https://app.localhost', request)).toBe(200);
  expect(await statusFrom(strict, 'https://clerk-go-live-sibling.localhost', request)).toBe(403);
  expect(await statusFrom(strict, 'https://localhost:3443', request)).toBe(200);
});
