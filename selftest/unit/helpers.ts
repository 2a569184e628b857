// Canned inputs for the unit tests: keys of the right shape made per run, and evidence builders.
import { randomBytes } from 'node:crypto';
import type { ResponseEvidence } from '../../src/checks/index.ts';

export const DEV_PUBLISHABLE_KEY = `pk_test_${Buffer.from('clerk-go-live.clerk.accounts.dev$').toString('base64')}`;
export const LIVE_PUBLISHABLE_KEY = `pk_live_${Buffer.from('clerk.example.com$').toString('base64').replace(/=+$/, '')}`;

export function secretKey(kind: 'test' | 'live' = 'test'): string {
  return `sk_${kind}_${randomBytes(30).toString('base64url').replace(/[-_]/g, 'x')}`;
}

export function webhookSecret(bytes = 32): string {
  return `whsec_${randomBytes(bytes).toString('base64')}`;
}

/** A complete, valid environment for an external https target. */
export function validEnv(overrides: Record<string, string | undefined> = {}): Record<string, string | undefined> {
  return {
    TARGET_URL: 'https://staging.example.com',
    CLERK_PUBLISHABLE_KEY: DEV_PUBLISHABLE_KEY,
    CLERK_SECRET_KEY: secretKey(),
    CLERK_WEBHOOK_SIGNING_SECRET: webhookSecret(),
    CGL_TEST_USER_EMAIL: 'go-live+clerk_test@example.com',
    CGL_TEST_USER_PASSWORD: `pw-${randomBytes(9).toString('base64url')}`,
    ...overrides,
  };
}

export function evidence(partial: Partial<ResponseEvidence> = {}): ResponseEvidence {
  return { url: 'https://app.example.com/', status: 200, headers: {}, bodyExcerpt: '', ...partial };
}

/** Evidence carrying only the given response headers (names lower-cased, as Playwright gives them). */
export function withHeaders(headers: Record<string, string>, url = 'https://app.example.com/'): ResponseEvidence {
  return evidence({ url, headers: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v])) });
}
