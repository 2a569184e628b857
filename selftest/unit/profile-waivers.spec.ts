// failOn and waivers in the profile: CGL_FAIL_ON over the config file's failOn (default medium); waivers only
// from the config file, each field checked and named on error, with warnings for an id the catalog does not
// know and for a waiver that has expired or expires within 14 days.
import { expect, test } from '@playwright/test';
import { parseProfile, ProfileError } from '../../src/config/index.ts';
import { validEnv } from './helpers.ts';

const TODAY = '2026-12-02';
const FILE = 'clerk-go-live.config.ts';
const parse = (env: Record<string, string | undefined>, file?: unknown) =>
  parseProfile(validEnv(env), file, { configFile: FILE, today: TODAY });

function problemsOf(env: Record<string, string | undefined>, file?: unknown): ProfileError {
  try {
    parse(env, file);
  } catch (error) {
    if (error instanceof ProfileError) return error;
    throw error;
  }
  throw new Error('expected a ProfileError');
}

const waiver = { check: 'headers.csp', reason: 'the widget needs unsafe-inline', expires: '2027-03-31' };

test('failOn: default medium; the config file sets it, CGL_FAIL_ON (any case) wins', () => {
  expect(parse({}).failOn).toBe('medium');
  expect(parse({}, { failOn: 'high' }).failOn).toBe('high');
  expect(parse({ CGL_FAIL_ON: 'LOW' }, { failOn: 'high' }).failOn).toBe('low');
});

test('a bad failOn names the variable or the config key, with the allowed values', () => {
  const env = problemsOf({ CGL_FAIL_ON: 'severe' });
  expect(env.problems.map((p) => p.key)).toEqual(['CGL_FAIL_ON']);
  expect(env.message).toContain('CGL_FAIL_ON: is "severe", but must be one of critical, high, medium, low');
  expect(env.message).toContain('example: CGL_FAIL_ON=high');
  const file = problemsOf({}, { failOn: 'blocker' });
  expect(file.problems.map((p) => p.key)).toEqual([`${FILE}: failOn`]);
});

test('waivers come from the config file as written; none by default', () => {
  expect(parse({}).waivers).toEqual([]);
  const profile = parse({}, { waivers: [waiver, { ...waiver, check: 'api.protected.cors', route: '/api/me' }] });
  expect(profile.waivers).toEqual([waiver, { ...waiver, check: 'api.protected.cors', route: '/api/me' }]);
  expect(profile.warnings.join('\n')).not.toContain('waivers');
});

test('each bad waiver field is a problem naming waivers[i].<field>', () => {
  const error = problemsOf(
    {},
    {
      waivers: [
        { ...waiver, expires: '2027-02-30' },
        { ...waiver, check: 'Headers CSP', reason: '   ' },
        { check: 'headers.csp', route: 'pricing', until: '2027-01-01' },
        { ...waiver, expires: '31/12/2026' },
      ],
    },
  );
  const keys = error.problems.map((p) => p.key);
  expect(keys).toEqual(
    expect.arrayContaining([
      `${FILE}: waivers[0].expires`,
      `${FILE}: waivers[1].check`,
      `${FILE}: waivers[1].reason`,
      `${FILE}: waivers[2].route`,
      `${FILE}: waivers[2].reason`,
      `${FILE}: waivers[2].expires`,
      `${FILE}: waivers[2].until`,
      `${FILE}: waivers[3].expires`,
    ]),
  );
  expect(error.message).toContain(`${FILE}: waivers[0].expires: "2027-02-30" is not a date`);
  expect(error.message).toContain(`${FILE}: waivers[1].reason: must say why the finding is accepted for now`);
  expect(error.message).toContain('"Headers CSP" is not a check id');
  expect(error.message).toContain('example: "waivers": [{ "check": "headers.csp"');
});

test('an id the catalog does not know is accepted with a warning (it may be a customCheck id)', () => {
  const profile = parse({}, { waivers: [{ ...waiver, check: 'billing.portal-protected' }] });
  expect(profile.waivers).toHaveLength(1);
  expect(profile.warnings.join('\n')).toContain(
    `${FILE}: waivers[0] (billing.portal-protected): "billing.portal-protected" is not one of clerk-go-live's checks`,
  );
});

test('a waiver expiring within 14 days, or expired, warns at start', () => {
  const soon = parse({}, { waivers: [{ ...waiver, route: '/pricing', expires: '2026-12-16' }] });
  expect(soon.warnings.join('\n')).toContain(
    `${FILE}: waivers[0] (headers.csp on /pricing) expires on 2026-12-16 (in 14 days)`,
  );
  expect(parse({}, { waivers: [{ ...waiver, expires: TODAY }] }).warnings.join('\n')).toContain('(today)');
  expect(parse({}, { waivers: [{ ...waiver, expires: '2026-12-17' }] }).warnings.join('\n')).not.toContain('waivers');
  const expired = parse({}, { waivers: [{ ...waiver, expires: '2026-12-01' }] });
  expect(expired.warnings.join('\n')).toContain(`${FILE}: waivers[0] (headers.csp) expired on 2026-12-01`);
});
