// The route table that describes real routes: :params, bodies, headers, forUser, error routes, "no webhook"
// and empty lists that mean "none". Each bad value is a profile error naming the field.
import { expect, test } from '@playwright/test';
import { parseProfile, ProfileError } from '../../src/config/index.ts';
import { settingsOf } from '../../src/cli/init-templates.ts';
import { stateChangeSkip } from '../../src/config/profile-routes.ts';
import { validEnv } from './helpers.ts';

const CONFIG = 'clerk-go-live.config.ts';

const parse = (env: Record<string, string | undefined>, file?: unknown) =>
  parseProfile(env, file, { configFile: CONFIG });

function problemsOf(env: Record<string, string | undefined>, file?: unknown): { key: string; problem: string }[] {
  try {
    parseProfile(env, file, { configFile: CONFIG });
  } catch (error) {
    if (error instanceof ProfileError) return [...error.problems];
    throw error;
  }
  throw new Error('expected a ProfileError');
}

test.describe('protected API routes from the config file', () => {
  test(':params are filled from the route, then routes.params; bodies, forms, headers and forUser are kept', () => {
    const profile = parse(validEnv(), {
      routes: {
        params: { orgId: 'org_123', teamId: 7 },
        protectedApi: [
          {
            path: '/api/orgs/:orgId/teams/:teamId/notes',
            method: 'POST',
            body: { text: 'hi' },
            headers: { 'x-tenant': 'acme' },
            allowed: [201],
            forUser: { jsonPath: '$.data.owner' },
            allowStateChanges: true,
          },
          { path: '/api/orgs/:orgId/invite', method: 'POST', params: { orgId: 'org 9' }, form: { email: 'a@b.c' } },
          { path: '/api/items', forUser: 'none' },
          { path: '/api/profile', forUser: 'email' },
          { path: '/api/whoami', forUser: { header: 'x-user-id' } },
        ],
      },
    });
    const [notes, invite, items, profileRoute, whoami] = profile.routes.protectedApi;
    expect(notes).toEqual({
      path: '/api/orgs/org_123/teams/7/notes',
      pattern: '/api/orgs/:orgId/teams/:teamId/notes',
      method: 'POST',
      body: { text: 'hi' },
      headers: { 'x-tenant': 'acme' },
      denied: [401, 403, 404],
      allowed: [201],
      forUser: { jsonPath: '$.data.owner' },
      allowStateChanges: true,
    });
    expect(invite).toMatchObject({
      path: '/api/orgs/org%209/invite',
      form: { email: 'a@b.c' },
      forUser: 'userId',
      allowStateChanges: false,
    });
    expect(items?.forUser).toBe('none');
    expect(profileRoute?.forUser).toBe('email');
    expect(whoami?.forUser).toEqual({ header: 'x-user-id' });
    expect(profile.routes.setBy.protectedApi).toBe(`${CONFIG}: routes.protectedApi`);
  });

  test('each bad value is a problem naming its field', () => {
    const problems = problemsOf(validEnv(), {
      routes: {
        protectedApi: [
          '/api/me',
          { path: '/api/x', forUser: 'owner' },
          { path: '/api/orgs/:orgId', forUser: 'none' },
          { path: '/api/y', method: 'POST', body: 'text' },
          { path: '/api/z', method: 'POST', body: {}, form: {} },
          { path: '/api/g', body: { a: 1 } },
          { path: '/api/h', headers: { authorization: 'Bearer x' } },
          { path: '/api/k', headers: { 'x-api-key': 'k' } },
          { path: '/api/j', forUser: { jsonPath: 'data.owner' } },
          { path: '/api/w', method: 'POST', allowStateChanges: 'yes' },
        ],
        errorRoutes: ['boom'],
      },
    });
    const text = problems.map((p) => `${p.key}: ${p.problem}`).join('\n');
    expect(text).toContain(`${CONFIG}: routes.protectedApi[1].forUser: must be 'userId', 'email', 'none'`);
    expect(text).toContain(`${CONFIG}: routes.protectedApi[9].allowStateChanges: must be true or false`);
    expect(text).toContain(`${CONFIG}: routes.protectedApi[3].body: must be a JSON object or array`);
    expect(text).toContain(`${CONFIG}: routes.protectedApi[4].form: set either "body" (JSON) or "form"`);
    expect(text).toContain(`${CONFIG}: routes.protectedApi[5].body: a GET request carries no body`);
    expect(text).toContain(`${CONFIG}: routes.protectedApi[6].headers.authorization: is set by the checks`);
    expect(text).toContain(`${CONFIG}: routes.protectedApi[7].headers.x-api-key: looks like a credential`);
    expect(text).toContain(`${CONFIG}: routes.protectedApi[8].forUser.jsonPath: must look like $.data.owner`);
    expect(text).toContain(`${CONFIG}: routes.errorRoutes[0]`);
    expect(text).not.toContain('protectedApi[0]');
  });

  test('an unfilled :param and a 2xx in "denied" name their field (checked once the file parses)', () => {
    const problems = problemsOf(validEnv(), {
      routes: {
        params: { teamId: 't' },
        protectedApi: ['/api/me', { path: '/api/orgs/:orgId/teams/:teamId' }, { path: '/api/d', denied: [200] }],
      },
    });
    expect(problems).toEqual([
      {
        key: `${CONFIG}: routes.protectedApi[1].path`,
        problem: "has :orgId but no value for it: set params: { orgId: '…' } on the route or in routes.params",
        example: expect.any(String),
      },
      {
        key: `${CONFIG}: routes.protectedApi[2].denied`,
        problem: 'GET /api/d: a 2xx in "denied" would count serving the route as denying it',
        example: expect.any(String),
      },
    ]);
  });

  test('400 or 422 in "denied" is a warning: give the route its body instead', () => {
    const profile = parseProfile(validEnv(), {
      routes: { protectedApi: [{ path: '/api/orders', method: 'POST', denied: [400, 401] }] },
    });
    expect(profile.warnings.join('\n')).toContain('400 in "denied" counts a request that fails validation');
  });
});

test.describe('environment', () => {
  test('CGL_PROTECTED_API keeps its "[METHOD ]path" syntax; a :param comes from the file\'s routes.params', () => {
    const profile = parseProfile(validEnv({ CGL_PROTECTED_API: '/api/me, delete /api/orgs/:orgId' }), {
      routes: { params: { orgId: 'org_1' } },
    });
    expect(profile.routes.protectedApi.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /api/me',
      'DELETE /api/orgs/org_1',
    ]);
    expect(profile.routes.setBy.protectedApi).toBe('CGL_PROTECTED_API');
  });

  test('an unfilled :param in CGL_PROTECTED_API names the variable and the item', () => {
    const problems = problemsOf(validEnv({ CGL_PROTECTED_API: '/api/me,POST /api/orgs/:orgId/notes' }));
    expect(problems).toContainEqual(
      expect.objectContaining({
        key: 'CGL_PROTECTED_API',
        problem: expect.stringContaining('item 2 (path): has :orgId but no value for it'),
      }),
    );
  });

  test('an empty list variable means "none", for every list, and says so in setBy', () => {
    const profile = parseProfile(
      validEnv({
        CGL_PROTECTED_API: '',
        CGL_PROTECTED_PAGES: ' ',
        CGL_PUBLIC_PAGES: '',
        CGL_PUBLIC_API: '',
        CGL_ERROR_ROUTES: '',
      }),
      { routes: { protectedApi: ['/api/from-file'] } },
    );
    expect(profile.routes).toMatchObject({
      publicPages: [],
      protectedPages: [],
      protectedApi: [],
      publicApi: [],
      errorRoutes: [],
    });
    expect(profile.routes.setBy).toMatchObject({ protectedApi: 'CGL_PROTECTED_API', publicPages: 'CGL_PUBLIC_PAGES' });
  });

  test('an unset list variable still falls back to the file, then the defaults', () => {
    const profile = parse(validEnv({ CGL_PROTECTED_API: undefined }), { routes: { publicApi: [] } });
    expect(profile.routes.protectedApi.map((r) => r.path)).toEqual(['/api/me']);
    expect(profile.routes.publicApi).toEqual([]);
    expect(profile.routes.setBy.publicApi).toBe(`${CONFIG}: routes.publicApi`);
  });

  test('CGL_ERROR_ROUTES wins over routes.errorRoutes', () => {
    expect(parseProfile(validEnv(), { routes: { errorRoutes: ['/api/boom'] } }).routes.errorRoutes).toEqual([
      '/api/boom',
    ]);
    expect(
      parseProfile(validEnv({ CGL_ERROR_ROUTES: '/api/a,/api/b' }), { routes: { errorRoutes: ['/api/boom'] } }).routes
        .errorRoutes,
    ).toEqual(['/api/a', '/api/b']);
    expect(problemsOf(validEnv({ CGL_ERROR_ROUTES: 'api/a' }))[0]).toMatchObject({ key: 'CGL_ERROR_ROUTES' });
  });
});

test.describe('no webhook endpoint', () => {
  test('webhook: false, CGL_WEBHOOK_PATH= and CGL_WEBHOOK_PATH=none all say "no endpoint"', () => {
    expect(parseProfile(validEnv(), { webhook: false }).webhook.path).toBeNull();
    expect(parseProfile(validEnv({ CGL_WEBHOOK_PATH: '' })).webhook.path).toBeNull();
    expect(parseProfile(validEnv({ CGL_WEBHOOK_PATH: 'none' })).webhook.path).toBeNull();
    // The environment wins over the file, both ways.
    expect(parseProfile(validEnv({ CGL_WEBHOOK_PATH: '/hooks' }), { webhook: false }).webhook.path).toBe('/hooks');
    expect(parseProfile(validEnv(), { webhook: { path: '/hooks' } }).webhook.path).toBe('/hooks');
  });

  test('what `clerk-go-live init --no-webhook` writes is a valid profile with no endpoint', () => {
    const settings = settingsOf({
      publicPages: ['/'],
      protectedPages: ['/app'],
      protectedApi: ['/api/me', 'POST /api/orders'],
      publicApi: [],
      signIn: '/sign-in',
      afterSignIn: '/app',
      afterSignOut: '/',
      webhookPath: null,
    });
    const profile = parse(validEnv(), settings);
    expect(profile.webhook.path).toBeNull();
    expect(profile.routes.publicApi).toEqual([]);
  });

  test('no endpoint, no warning about its missing secret', () => {
    const env = validEnv({ CLERK_WEBHOOK_SIGNING_SECRET: undefined });
    expect(parseProfile(env).warnings.join('\n')).toContain('CLERK_WEBHOOK_SIGNING_SECRET is not set');
    expect(parseProfile(env, { webhook: false }).warnings.join('\n')).not.toContain('CLERK_WEBHOOK_SIGNING_SECRET');
  });

  test('webhook: true or a bad path is a problem naming the field', () => {
    expect(problemsOf(validEnv(), { webhook: true })[0]).toMatchObject({
      key: `${CONFIG}: webhook`,
      problem: expect.stringContaining('must be false (the app has no webhook endpoint)'),
    });
    // webhook's own fields keep their pointed messages.
    expect(problemsOf(validEnv(), { webhook: { rejectStatuses: ['x'], path: 'hooks' } }).map((p) => p.key)).toEqual([
      `${CONFIG}: webhook.path`,
      `${CONFIG}: webhook.rejectStatuses[0]`,
    ]);
    expect(problemsOf(validEnv({ CGL_WEBHOOK_PATH: 'hooks' }))[0]).toMatchObject({
      key: 'CGL_WEBHOOK_PATH',
      problem: expect.stringContaining('or "none" (no webhook endpoint)'),
    });
  });
});

test.describe('writes on production', () => {
  const routes = parse(validEnv(), {
    routes: {
      protectedApi: [
        '/api/me',
        { path: '/api/orders', method: 'POST', body: { sku: 'a' } },
        { path: '/api/notes', method: 'POST', body: { text: 'x' }, allowStateChanges: true },
      ],
    },
  });
  const [read, write, allowed] = routes.routes.protectedApi;

  test('a signed-in write is not sent to a production target unless the route allows state changes', () => {
    const production = { ...routes, environment: 'production' as const };
    expect(stateChangeSkip(production, read!)).toBeNull();
    expect(stateChangeSkip(production, allowed!)).toBeNull();
    expect(stateChangeSkip(production, write!)).toContain(
      'POST /api/orders changes state and the profile is production',
    );
    expect(stateChangeSkip(production, write!)).toContain('"allowStateChanges": true');
  });

  test('staging and development targets get every write', () => {
    expect(stateChangeSkip({ ...routes, environment: 'staging' as const }, write!)).toBeNull();
  });
});
