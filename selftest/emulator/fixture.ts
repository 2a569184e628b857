/**
 * Fixtures for the emulator's API contract tests: one emulator per worker (the costly part), and
 * per test a fresh "browser" on FAPI (its own dev browser, hence its own client), so tests never
 * share sign-in state. Every request goes through Playwright's `request`, so it lands in the trace.
 */
import { test as base, type APIRequestContext, type APIResponse } from '@playwright/test';

import {
  EMULATOR_DEV_PUBLISHABLE_KEY,
  EMULATOR_PROD_PUBLISHABLE_KEY,
  generateSecretKey,
  type InstanceKind,
} from '../../emulator/keys.ts';
import { startEmulator, type RunningEmulator, type StartEmulatorOptions } from '../../emulator/server.ts';

export const APP_ORIGIN = 'http://localhost:3000';
export const TOKEN_LIFETIME_SECONDS = 60;

export interface Emulator extends RunningEmulator {
  publishableKey: string;
  secretKey: string;
  user: { emailAddress: string; password: string };
}

/** A browser as FAPI sees it: a dev browser token sent as `?__clerk_db_jwt=`, and the app's Origin. */
export class FapiBrowser {
  constructor(
    private readonly request: APIRequestContext,
    readonly fapiUrl: string,
    readonly devBrowser: string,
  ) {}

  static async create(request: APIRequestContext, fapiUrl: string): Promise<FapiBrowser> {
    const response = await request.post(`${fapiUrl}/v1/dev_browser`);
    const body = (await response.json()) as { id: string };
    return new FapiBrowser(request, fapiUrl, body.id);
  }

  url(path: string, method?: string): string {
    const url = new URL(path, this.fapiUrl);
    url.searchParams.set('__clerk_db_jwt', this.devBrowser);
    // clerk-js sends methods other than GET/POST as POST with `_method`.
    if (method) url.searchParams.set('_method', method);
    return url.href;
  }

  get(path: string): Promise<APIResponse> {
    return this.request.get(this.url(path), { headers: { origin: APP_ORIGIN } });
  }

  /** A form-urlencoded POST, as clerk-js sends it; `method` travels as `?_method=`. */
  post(path: string, form: Record<string, string> = {}, method?: string): Promise<APIResponse> {
    return this.request.post(this.url(path, method), { form, headers: { origin: APP_ORIGIN } });
  }

  async signIn(identifier: string, password: string): Promise<{ sessionId: string; body: FapiEnvelope }> {
    const response = await this.post('/v1/client/sign_ins', { identifier, password, strategy: 'password' });
    const body = (await response.json()) as FapiEnvelope;
    return { sessionId: String(body.response.created_session_id), body };
  }
}

export interface FapiEnvelope {
  response: Record<string, unknown> & { object?: string; status?: string; created_session_id?: string };
  client: (Record<string, unknown> & { sessions: { id: string; last_active_token: { jwt: string } | null }[] }) | null;
}

/** An emulator for tests that need their own (another instance kind, other options); close it when done. */
export async function startTestEmulator(
  kind: InstanceKind = 'development',
  options: Partial<StartEmulatorOptions> = {},
): Promise<Emulator> {
  const publishableKey = kind === 'production' ? EMULATOR_PROD_PUBLISHABLE_KEY : EMULATOR_DEV_PUBLISHABLE_KEY;
  const secretKey = generateSecretKey(kind);
  const user = { emailAddress: 'go-live+clerk_test@example.com', password: `pw-${generateSecretKey().slice(8, 28)}` };
  const running = await startEmulator({
    publishableKey,
    secretKey,
    users: [
      { ...user, firstName: 'Go', lastName: 'Live' },
      { phoneNumber: '+15555550107', firstName: 'Phone', lastName: 'Only' },
    ],
    sessionTokenLifetimeSeconds: TOKEN_LIFETIME_SECONDS,
    ...options,
  });
  return { ...running, publishableKey, secretKey, user };
}

export const test = base.extend<{ fapi: FapiBrowser }, { emulator: Emulator; prodEmulator: Emulator }>({
  emulator: [
    async ({}, use) => {
      const running = await startTestEmulator('development');
      await use(running);
      await running.close();
    },
    { scope: 'worker' },
  ],
  prodEmulator: [
    async ({}, use) => {
      const running = await startTestEmulator('production');
      await use(running);
      await running.close();
    },
    { scope: 'worker' },
  ],
  fapi: async ({ emulator, request }, use) => {
    await use(await FapiBrowser.create(request, emulator.fapiUrl));
  },
});

export { expect } from '@playwright/test';

/** `Authorization: Bearer <secret key>` for BAPI calls. */
export const bearer = (emulator: Emulator) => ({ authorization: `Bearer ${emulator.secretKey}` });
