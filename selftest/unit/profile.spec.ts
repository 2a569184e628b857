// parseProfile: defaults, precedence (env > config file > defaults), and one error listing every bad field.
import { expect, test } from '@playwright/test';
import { parseProfile, ProfileError } from '../../src/config/index.ts';
import { DEV_PUBLISHABLE_KEY, LIVE_PUBLISHABLE_KEY, validEnv } from './helpers.ts';

function profileError(env: Record<string, string | undefined>, file?: unknown): ProfileError {
  try {
    parseProfile(env, file);
  } catch (error) {
    if (error instanceof ProfileError) return error;
    throw error;
  }
  throw new Error('expected parseProfile to throw a ProfileError');
}

test.describe('defaults', () => {
  test('a minimal env gets the reference app route table, paths and policies', () => {
    const profile = parseProfile({
      TARGET_URL: 'https://staging.example.com/',
      CLERK_PUBLISHABLE_KEY: DEV_PUBLISHABLE_KEY,
    });
    expect(profile.baseURL).toBe('https://staging.example.com');
    expect(profile.environment).toBe('development');
    expect(profile.embedded).toBe(false);
    expect(profile.clerk).toMatchObject({
      instanceType: 'development',
      frontendApi: 'clerk-go-live.clerk.accounts.dev',
      apiUrl: 'https://api.clerk.com',
    });
    expect(profile.clerk.secretKey).toBeUndefined();
    expect(profile.testUser).toBeUndefined();
    expect(profile.routes).toEqual({
      publicPages: ['/'],
      protectedPages: ['/dashboard'],
      protectedApi: [
        {
          path: '/api/me',
          method: 'GET',
          denied: [401, 403, 404],
          allowed: [200],
          forUser: 'userId',
          allowStateChanges: false,
        },
      ],
      publicApi: ['/api/public/health'],
      errorRoutes: [],
      setBy: expect.objectContaining({ protectedApi: 'the defaults (CGL_PROTECTED_API / routes.protectedApi unset)' }),
    });
    expect(profile.paths).toEqual({ signIn: '/sign-in', afterSignIn: '/dashboard', afterSignOut: '/' });
    expect(profile.webhook).toEqual({
      path: '/api/webhooks/clerk',
      rejectStatuses: [400, 401],
      allowStateChanges: false,
      events: ['user.created', 'user.updated', 'user.deleted'],
    });
    expect(profile.headers).toEqual({ hstsMinMaxAge: 15552000, requireHsts: true });
    expect(profile.warnings.join('\n')).toContain('CLERK_SECRET_KEY is not set');
    expect(profile.warnings.join('\n')).toContain('No test user');
    expect(profile.warnings.join('\n')).toContain('reference app’s route table');
  });

  test('environment defaults to production for a pk_live_ key, and HSTS is not required over http', () => {
    const profile = parseProfile({ TARGET_URL: 'http://localhost:3000', CLERK_PUBLISHABLE_KEY: LIVE_PUBLISHABLE_KEY });
    expect(profile.environment).toBe('production');
    expect(profile.clerk.frontendApi).toBe('clerk.example.com');
    expect(profile.headers.requireHsts).toBe(false);
  });

  test('NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY is read when CLERK_PUBLISHABLE_KEY is absent', () => {
    const profile = parseProfile({
      TARGET_URL: 'https://a.example.com',
      NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: DEV_PUBLISHABLE_KEY,
    });
    expect(profile.clerk.publishableKey).toBe(DEV_PUBLISHABLE_KEY);
  });

  test("embedded mode is flagged, skips the route-table hint and gets the reference apps' routes", () => {
    const profile = parseProfile(validEnv({ CGL_EMBEDDED: '1', TARGET_URL: 'http://localhost:4321' }));
    expect(profile.embedded).toBe(true);
    expect(profile.routes.publicPages).toEqual(['/']);
    expect(profile.routes.protectedApi.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/me',
      'POST /api/orgs/org_go_live/notes',
    ]);
    expect(profile.routes.protectedApi[1]).toMatchObject({
      body: { text: 'clerk-go-live probe note' },
      allowed: [201],
      forUser: { jsonPath: '$.note.authorId' },
    });
    expect(profile.routes.errorRoutes).toEqual(['/api/public/boom']);
    expect(profile.warnings.join('\n')).not.toContain('route table');
  });

  test('the profile is frozen', () => {
    const profile = parseProfile(validEnv());
    expect(() => (profile.routes.publicPages as string[]).push('/x')).toThrow();
  });
});

test.describe('environment overrides', () => {
  test('route lists, "[METHOD ]path" API entries, paths, statuses and policies come from CGL_* variables', () => {
    const profile = parseProfile(
      validEnv({
        CGL_ENVIRONMENT: 'staging',
        CGL_PUBLIC_PAGES: '/, /pricing',
        CGL_PROTECTED_PAGES: '/app',
        CGL_PROTECTED_API: '/api/me, post /api/orders',
        CGL_PUBLIC_API: '/api/health',
        CGL_SIGN_IN_PATH: 'https://accounts.example.com/sign-in',
        CGL_AFTER_SIGN_IN_PATH: '/app',
        CGL_AFTER_SIGN_OUT_PATH: '/bye',
        CGL_WEBHOOK_PATH: '/hooks/clerk',
        CGL_WEBHOOK_REJECT_STATUSES: '400,403',
        CGL_WEBHOOK_ALLOW_STATE_CHANGES: '1',
        CGL_HSTS_MIN_MAX_AGE: '31536000',
        CGL_REQUIRE_HSTS: 'false',
        CLERK_API_URL: 'http://127.0.0.1:9999/',
      }),
    );
    expect(profile.environment).toBe('staging');
    expect(profile.routes.publicPages).toEqual(['/', '/pricing']);
    expect(profile.routes.protectedApi).toEqual([
      {
        path: '/api/me',
        method: 'GET',
        denied: [401, 403, 404],
        allowed: [200],
        forUser: 'userId',
        allowStateChanges: false,
      },
      {
        path: '/api/orders',
        method: 'POST',
        denied: [401, 403, 404],
        allowed: [200],
        forUser: 'userId',
        allowStateChanges: false,
      },
    ]);
    expect(profile.paths).toEqual({
      signIn: 'https://accounts.example.com/sign-in',
      afterSignIn: '/app',
      afterSignOut: '/bye',
    });
    expect(profile.webhook).toMatchObject({
      path: '/hooks/clerk',
      rejectStatuses: [400, 403],
      allowStateChanges: true,
    });
    expect(profile.headers).toEqual({ hstsMinMaxAge: 31536000, requireHsts: false });
    expect(profile.clerk.apiUrl).toBe('http://127.0.0.1:9999');
  });
});

test.describe('config file merge', () => {
  const file = {
    environment: 'staging',
    routes: {
      protectedPages: ['/account'],
      protectedApi: ['/api/a', { path: '/api/b', method: 'DELETE', denied: [401], allowed: [204] }],
    },
    paths: { afterSignIn: '/account' },
    webhook: { rejectStatuses: [401] },
    headers: { hstsMinMaxAge: 63072000 },
    testUser: { strategy: 'password' },
  };

  test('file settings replace the defaults, key by key', () => {
    const profile = parseProfile(validEnv(), file, { configFile: 'clerk-go-live.config.ts' });
    expect(profile.configFile).toBe('clerk-go-live.config.ts');
    expect(profile.environment).toBe('staging');
    expect(profile.routes.publicPages).toEqual(['/']);
    expect(profile.routes.protectedPages).toEqual(['/account']);
    expect(profile.routes.protectedApi).toEqual([
      {
        path: '/api/a',
        method: 'GET',
        denied: [401, 403, 404],
        allowed: [200],
        forUser: 'userId',
        allowStateChanges: false,
      },
      { path: '/api/b', method: 'DELETE', denied: [401], allowed: [204], forUser: 'userId', allowStateChanges: false },
    ]);
    expect(profile.paths.afterSignIn).toBe('/account');
    expect(profile.webhook.rejectStatuses).toEqual([401]);
    expect(profile.headers.hstsMinMaxAge).toBe(63072000);
    expect(profile.warnings.join('\n')).not.toContain('route table');
  });

  test('the environment wins over the file', () => {
    const profile = parseProfile(validEnv({ CGL_ENVIRONMENT: 'production', CGL_PROTECTED_PAGES: '/env-page' }), file);
    expect(profile.environment).toBe('production');
    expect(profile.routes.protectedPages).toEqual(['/env-page']);
  });

  test('unknown keys, secrets in the file and bad values are all reported with the file name', () => {
    const error = profileError(validEnv(), {
      rutes: {},
      secretKey: 'sk_test_should_not_be_here',
      routes: { protectedApi: [{ path: 'api/me', method: 'FETCH' }] },
      webhook: { rejectStatuses: [] },
    });
    expect(error.message).toContain('clerk-go-live.config.json: rutes: is not a setting');
    expect(error.message).toContain('clerk-go-live.config.json: secretKey: secrets never go in the config file');
    expect(error.message).toContain('routes.protectedApi[0]');
    expect(error.message).toContain('webhook.rejectStatuses');
    expect(error.message).not.toContain('sk_test_should_not_be_here');
  });
});
