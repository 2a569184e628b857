// Webhook profile settings: the event list, the side-effect probe and the production opt-in.
import { expect, test } from '@playwright/test';
import { parseProfile, ProfileError } from '../../src/config/index.ts';
import { EVENT_TYPES } from '../../src/webhooks/event-types.ts';
import { validEnv } from './helpers.ts';

function problems(env: Record<string, string | undefined>, file?: unknown): string {
  try {
    parseProfile(env, file);
  } catch (error) {
    if (error instanceof ProfileError) return error.message;
    throw error;
  }
  throw new Error('expected a ProfileError');
}

test('an external target replays the user.* trio; the bundled app every event, with its own probe', () => {
  expect(parseProfile(validEnv()).webhook).toMatchObject({
    events: ['user.created', 'user.updated', 'user.deleted'],
    allowStateChanges: false,
  });
  expect(parseProfile(validEnv()).webhook.probeUrl).toBeUndefined();
  const embedded = parseProfile(validEnv({ CGL_EMBEDDED: '1', TARGET_URL: 'http://localhost:3000' })).webhook;
  expect(embedded.events).toEqual([...EVENT_TYPES]);
  expect(embedded.probeUrl).toBe('/api/public/webhook-probe/users/{id}');
  expect(embedded.allowStateChanges).toBe(true);
});

test('events and probe come from the env or the config file, env first', () => {
  const fromEnv = parseProfile(
    validEnv({
      CGL_WEBHOOK_EVENTS: 'user.created, session.created,user.created',
      CGL_WEBHOOK_PROBE_URL: 'https://admin.example.com/users/{id}',
    }),
  ).webhook;
  expect(fromEnv.events).toEqual(['user.created', 'session.created']);
  expect(fromEnv.probeUrl).toBe('https://admin.example.com/users/{id}');
  const fromFile = parseProfile(validEnv(), {
    webhook: { events: ['organization.created'], probeUrl: '/api/users/{id}' },
  }).webhook;
  expect(fromFile).toMatchObject({ events: ['organization.created'], probeUrl: '/api/users/{id}' });
});

test('an unknown event or a probe without {id} is a profile error naming the fix', () => {
  expect(problems(validEnv({ CGL_WEBHOOK_EVENTS: 'user.created,user.exploded' }))).toContain(
    'must be one of user.created',
  );
  expect(problems(validEnv({ CGL_WEBHOOK_PROBE_URL: '/api/users' }))).toContain('needs an {id} placeholder');
  expect(problems(validEnv({ CGL_WEBHOOK_PROBE_URL: 'ftp://x/{id}' }))).toContain(
    'must be a path starting with "/" or a URL',
  );
  expect(problems(validEnv(), { webhook: { probeUrl: 'users/{id}' } })).toContain('webhook.probeUrl');
});

test('a webhook secret that is not whsec_ + base64 of at least 24 bytes is a profile error', () => {
  expect(
    problems(validEnv({ CLERK_WEBHOOK_SIGNING_SECRET: `whsec_${Buffer.alloc(23).toString('base64')}` })),
  ).toContain('at least 24');
  expect(problems(validEnv({ CLERK_WEBHOOK_SIGNING_SECRET: 'whsec_not*base64' }))).toContain('not base64');
  expect(() =>
    parseProfile(validEnv({ CLERK_WEBHOOK_SIGNING_SECRET: `whsec_${Buffer.alloc(24).toString('base64')}` })),
  ).not.toThrow();
});
