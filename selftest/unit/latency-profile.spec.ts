// The latency settings: defaults a team would accept, env over the config file, the burst off on a production
// profile unless it opts in, and bad values named by their field before anything runs.
import { expect, test } from '@playwright/test';
import { describeProfile, parseProfile, ProfileError } from '../../src/config/index.ts';
import { LIVE_PUBLISHABLE_KEY, secretKey, validEnv } from './helpers.ts';

function problemKeys(env: Record<string, string | undefined>, file?: unknown): string[] {
  try {
    parseProfile(env, file);
  } catch (error) {
    if (error instanceof ProfileError) return error.problems.map((p) => p.key);
    throw error;
  }
  throw new Error('expected a ProfileError');
}

test('defaults: p95 800 ms API, 1500 ms sign-in TTFB, 5000 ms Clerk loaded, 1000 ms FAPI; burst on off production', () => {
  const profile = parseProfile(validEnv({ CGL_ENVIRONMENT: 'staging' }));
  expect(profile.latency).toEqual({
    budgets: { api: 800, signInTtfb: 1500, clerkLoaded: 5000, fapi: 1000 },
    burst: true,
    burstConcurrency: 4,
    burstSeconds: 5,
  });
  expect(describeProfile(profile)).toContain('protected API 800 ms');
});

test('a production profile runs no burst unless it opts in (config file or CGL_LATENCY_BURST)', () => {
  const live = {
    CGL_ENVIRONMENT: 'production',
    CLERK_PUBLISHABLE_KEY: LIVE_PUBLISHABLE_KEY,
    CLERK_SECRET_KEY: secretKey('live'),
  };
  expect(parseProfile(validEnv(live)).latency.burst).toBe(false);
  expect(parseProfile(validEnv(live), { latency: { burst: true } }).latency.burst).toBe(true);
  expect(parseProfile(validEnv({ ...live, CGL_LATENCY_BURST: '1' })).latency.burst).toBe(true);
  expect(describeProfile(parseProfile(validEnv(live)))).toContain('no burst on production unless latency.burst');
});

test('env over config file over defaults', () => {
  const profile = parseProfile(validEnv({ CGL_LATENCY_API_P95_MS: '300' }), {
    latency: { apiP95Ms: 500, fapiP95Ms: 700, burstConcurrency: 20, burstSeconds: 10 },
  });
  expect(profile.latency).toMatchObject({
    budgets: { api: 300, fapi: 700 },
    burstConcurrency: 20,
    burstSeconds: 10,
  });
});

test('bad budgets and burst bounds are named by their field', () => {
  expect(
    problemKeys(
      validEnv({
        CGL_LATENCY_API_P95_MS: 'fast',
        CGL_LATENCY_BURST_CONCURRENCY: '500',
        CGL_LATENCY_BURST_SECONDS: '0',
        CGL_LATENCY_BURST: 'sometimes',
      }),
    ),
  ).toEqual(
    expect.arrayContaining([
      'CGL_LATENCY_API_P95_MS',
      'CGL_LATENCY_BURST_CONCURRENCY',
      'CGL_LATENCY_BURST_SECONDS',
      'CGL_LATENCY_BURST',
    ]),
  );
  expect(problemKeys(validEnv(), { latency: { signInTtfbP95Ms: -1, burstSeconds: 60, p99: 1 } })).toEqual(
    expect.arrayContaining([
      'clerk-go-live.config.json: latency.signInTtfbP95Ms',
      'clerk-go-live.config.json: latency.burstSeconds',
      'clerk-go-live.config.json: latency.p99',
    ]),
  );
});
