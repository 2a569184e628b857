// A bad profile fails once, naming every bad field with the variable to set and an example, and never
// printing a secret; a good profile never shows its secrets either.
import { inspect } from 'node:util';
import { expect, test } from '@playwright/test';
import { describeProfile, parseProfile, ProfileError } from '../../src/config/index.ts';
import { DEV_PUBLISHABLE_KEY, LIVE_PUBLISHABLE_KEY, secretKey, validEnv, webhookSecret } from './helpers.ts';

function problemsOf(env: Record<string, string | undefined>): ProfileError {
  try {
    parseProfile(env);
  } catch (error) {
    if (error instanceof ProfileError) return error;
    throw error;
  }
  throw new Error('expected a ProfileError');
}

test('every bad field is listed in one message, with the variable, the problem and an example', () => {
  const leakedPassword = 'correct-horse-battery-staple';
  const error = problemsOf({
    TARGET_URL: 'ftp://example.com',
    CGL_ENVIRONMENT: 'prod',
    CLERK_PUBLISHABLE_KEY: 'pk_test_bm90LWEta2V5',
    CLERK_SECRET_KEY: LIVE_PUBLISHABLE_KEY,
    CLERK_WEBHOOK_SIGNING_SECRET: `whsec_${Buffer.alloc(8).toString('base64')}`,
    CGL_TEST_USER_PASSWORD: leakedPassword,
    CGL_PROTECTED_API: '/api/me,FETCH /x',
    CGL_PUBLIC_PAGES: 'pricing',
    CGL_HSTS_MIN_MAX_AGE: 'six months',
  });
  const keys = error.problems.map((p) => p.key);
  expect(keys).toEqual(
    expect.arrayContaining([
      'TARGET_URL',
      'CGL_ENVIRONMENT',
      'CLERK_PUBLISHABLE_KEY',
      'CLERK_SECRET_KEY',
      'CLERK_WEBHOOK_SIGNING_SECRET',
      'CGL_TEST_USER_EMAIL',
      'CGL_PROTECTED_API',
      'CGL_PUBLIC_PAGES',
      'CGL_HSTS_MIN_MAX_AGE',
    ]),
  );
  expect(error.message).toMatch(/the target profile has \d+ problems/);
  for (const key of new Set(keys)) {
    expect(error.message, `${key} is named with an example`).toMatch(new RegExp(`- ${key}: .+\\n {6}example: ${key}=`));
  }
  expect(error.message).toContain('TARGET_URL: uses ftp: but must be an http(s) URL');
  expect(error.message).toContain('CLERK_PUBLISHABLE_KEY: decodes to "not-a-key"');
  expect(error.message).toContain('CLERK_SECRET_KEY: holds a publishable key (pk_…), not the secret key');
  expect(error.message).toContain('decodes to 8 bytes');
  expect(error.message).toContain('"pricing" must be a path');
  expect(error.message).not.toContain(leakedPassword);
  expect(error.message).not.toContain(LIVE_PUBLISHABLE_KEY);
  expect(error.stack ?? '').toContain('ProfileError');
});

test('nothing set: TARGET_URL and the publishable key are required, the rest only warns', () => {
  const error = problemsOf({});
  expect(error.problems.map((p) => p.key)).toEqual(['TARGET_URL', 'CLERK_PUBLISHABLE_KEY']);
  expect(error.message).toContain('example: TARGET_URL=https://staging.example.com');
  expect(error.warnings.join('\n')).toContain('CLERK_SECRET_KEY is not set');
});

test('secret values never appear in key errors', () => {
  const secret = secretKey();
  const cases: Record<string, string>[] = [
    { CLERK_PUBLISHABLE_KEY: secret },
    { CLERK_SECRET_KEY: `${secret.slice(0, 12)}!!` },
    { CLERK_SECRET_KEY: `"${secret}"` },
    { CLERK_WEBHOOK_SIGNING_SECRET: secret },
    { CLERK_WEBHOOK_SIGNING_SECRET: `whsec_${secret}` },
  ];
  for (const overrides of cases) {
    const error = problemsOf(validEnv(overrides));
    expect(error.message).not.toContain(secret.slice(8));
    expect(error.message).not.toContain(secret.slice(0, 12));
  }
});

test('key checks name the mistake', () => {
  const cases: [Record<string, string>, string][] = [
    [{ CLERK_PUBLISHABLE_KEY: secretKey() }, 'holds a secret key (sk_…)'],
    [{ CLERK_PUBLISHABLE_KEY: 'pk_prod_abc' }, 'must start with pk_test_ or pk_live_'],
    [{ CLERK_PUBLISHABLE_KEY: 'pk_test_!!!' }, 'is not base64'],
    [{ CLERK_PUBLISHABLE_KEY: `pk_test_${Buffer.from('localhost$').toString('base64')}` }, 'which has no dot'],
    [
      { CLERK_PUBLISHABLE_KEY: DEV_PUBLISHABLE_KEY, NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: LIVE_PUBLISHABLE_KEY },
      'hold different keys',
    ],
    [{ CLERK_SECRET_KEY: 'sk_test_short' }, 'too short'],
    [{ CLERK_SECRET_KEY: webhookSecret() }, 'holds a webhook signing secret'],
    [{ CLERK_SECRET_KEY: secretKey('live') }, 'both keys must come from the same Clerk instance'],
    [{ CLERK_WEBHOOK_SIGNING_SECRET: 'abc' }, 'must start with whsec_'],
    [{ CLERK_WEBHOOK_SIGNING_SECRET: 'whsec_***' }, 'is not base64'],
    [
      { CGL_SIGN_IN_STRATEGY: 'ticket', CLERK_SECRET_KEY: undefined as unknown as string },
      'CGL_SIGN_IN_STRATEGY=ticket',
    ],
    [{ CGL_SIGN_IN_STRATEGY: 'password', CGL_TEST_USER_PASSWORD: '' }, 'CGL_TEST_USER_PASSWORD: is not set'],
    [{ TARGET_URL: 'https://user:pw@example.com' }, 'credentials'],
    [{ CGL_WEBHOOK_REJECT_STATUSES: '200,400' }, 'list only 4xx statuses'],
  ];
  for (const [overrides, fragment] of cases) {
    expect(problemsOf(validEnv(overrides)).message, JSON.stringify(Object.keys(overrides))).toContain(fragment);
  }
});

test('CLERK_WEBHOOK_SECRET is accepted with a warning naming CLERK_WEBHOOK_SIGNING_SECRET', () => {
  const secret = webhookSecret();
  const profile = parseProfile(validEnv({ CLERK_WEBHOOK_SIGNING_SECRET: undefined, CLERK_WEBHOOK_SECRET: secret }));
  expect(profile.webhook.secret?.reveal()).toBe(secret);
  expect(profile.warnings.join('\n')).toMatch(/CLERK_WEBHOOK_SECRET .* reads CLERK_WEBHOOK_SIGNING_SECRET/);
});

test('a profile never shows its secrets: JSON, inspect, template strings and the summary', () => {
  const env = validEnv();
  const profile = parseProfile(env);
  const secrets = [env.CLERK_SECRET_KEY, env.CLERK_WEBHOOK_SIGNING_SECRET, env.CGL_TEST_USER_PASSWORD] as string[];
  const renderings = [
    JSON.stringify(profile),
    inspect(profile, { depth: 10, showHidden: true }),
    `${profile.clerk.secretKey} ${String(profile.webhook.secret)}`,
    describeProfile(profile),
  ];
  for (const text of renderings) for (const secret of secrets) expect(text).not.toContain(secret);
  expect(JSON.stringify(profile)).toContain('"secretKey":"[redacted]"');
  expect(profile.clerk.secretKey?.reveal()).toBe(env.CLERK_SECRET_KEY);
  expect(profile.secretValues().sort()).toEqual([...secrets].sort());
});

test('email_code with a non-test email warns that it needs a real inbox', () => {
  const profile = parseProfile(
    validEnv({
      CGL_SIGN_IN_STRATEGY: 'email_code',
      CGL_TEST_USER_EMAIL: 'qa@example.com',
      CGL_TEST_USER_PASSWORD: undefined,
    }),
  );
  expect(profile.testUser).toEqual({ email: 'qa@example.com', strategy: 'email_code' });
  expect(profile.warnings.join('\n')).toContain('+clerk_test');
});

test('production environment with a development key warns', () => {
  const profile = parseProfile(validEnv({ CGL_ENVIRONMENT: 'production', CLERK_PUBLISHABLE_KEY: DEV_PUBLISHABLE_KEY }));
  expect(profile.warnings.join('\n')).toContain('production but the publishable key is a development key');
});

test('the default sign-in strategy is ticket, or password when there is no secret key to make sign-in tokens', () => {
  expect(parseProfile(validEnv({ CGL_SIGN_IN_STRATEGY: undefined })).testUser?.strategy).toBe('ticket');
  expect(
    parseProfile(validEnv({ CGL_SIGN_IN_STRATEGY: undefined, CLERK_SECRET_KEY: undefined })).testUser?.strategy,
  ).toBe('password');
});
