// The instance settings audit's judges on canned /v1/environment and Backend API answers, the profile's
// `instance` expectations (settings file and CGL_EXPECT_*, bad values named by field), and the emulator's instance
// configuration file schema (errors name the field).
import { expect, test } from '@playwright/test';
import {
  environmentFacts,
  INSTANCE_JUDGES,
  judgeInstanceAllowedOrigins,
  judgeInstanceIdentifiers,
  judgeInstancePasswordPolicy,
  judgeInstanceSecondFactor,
  judgeInstanceSessionMode,
  judgeInstanceSignUpMode,
  judgeInstanceSocialConnections,
  judgeInstanceTestMode,
  judgeInstanceType,
  type BackendInstanceFacts,
  type InstanceAudit,
  type InstanceExpectations,
} from '../../src/checks/index.ts';
import { parseProfile, ProfileError } from '../../src/config/index.ts';
import { EMBEDDED_APP_DEFAULTS } from '../../src/config/defaults.ts';
import { createContext } from '../../emulator/context.ts';
import { parseInstanceFile, resolveInstance } from '../../emulator/instance-config.ts';
import { EMULATOR_PROD_PUBLISHABLE_KEY, generateSecretKey } from '../../emulator/keys.ts';
import { environmentJson } from '../../emulator/shapes/environment.ts';
import { LIVE_PUBLISHABLE_KEY, secretKey, validEnv } from './helpers.ts';

const TARGET = 'https://app.example.com';
const ENV_URL = `${TARGET}/__clerk/v1/environment`;

/** The emulator's /v1/environment for these instance settings: the same shape Clerk's spec defines. */
function environmentOf(settings: Parameters<typeof parseInstanceFile>[0] = {}) {
  const ctx = createContext({
    publishableKey: EMULATOR_PROD_PUBLISHABLE_KEY,
    secretKey: generateSecretKey('production'),
    instance: parseInstanceFile(settings),
  });
  return environmentFacts(ENV_URL, environmentJson(ctx));
}

const BACKEND: BackendInstanceFacts = {
  url: 'https://api.clerk.com/v1/instance',
  environmentType: 'production',
  allowedOrigins: null,
  domains: ['example.com'],
};

function audit(partial: Partial<InstanceAudit> = {}): InstanceAudit {
  return {
    environment: environmentOf(),
    backend: BACKEND,
    expect: EMBEDDED_APP_DEFAULTS.nextjs.instance,
    profileEnvironment: 'production',
    target: TARGET,
    ...partial,
  };
}

test('environmentFacts reads what clerk-js reads', () => {
  const facts = environmentOf({ socialConnections: ['google'], attributes: { phoneNumber: { secondFactor: true } } });
  expect(facts).toMatchObject({
    identifiers: ['email_address', 'phone_number'],
    password: true,
    passwordMinLength: 8,
    breachDetection: false,
    secondFactors: ['phone_code'],
    secondFactorRequired: false,
    signUpMode: 'public',
    singleSession: true,
    socialConnections: ['google'],
    testMode: false,
    environmentType: 'production',
  });
});

test('the emulator default passes every judge against the embedded profile', () => {
  for (const judge of INSTANCE_JUDGES) {
    const verdict = judge(audit());
    expect(verdict).toMatchObject({ id: judge.id, title: judge.title });
    expect(verdict.skip, verdict.id).toBeUndefined();
    expect(verdict.pass, `${verdict.id}: ${verdict.fix}`).toBe(true);
  }
});

test('preflight.instance-identifiers: an identifier the profile does not expect, or a missing one, fails', () => {
  const username = judgeInstanceIdentifiers(
    audit({ environment: environmentOf({ attributes: { username: { enabled: true, firstFactor: true } } }) }),
  );
  expect(username).toMatchObject({ id: 'preflight.instance-identifiers', pass: false });
  expect(username.fix).toContain('also lets users sign in with username');
  const noPhone = judgeInstanceIdentifiers(
    audit({ environment: environmentOf({ attributes: { phoneNumber: { enabled: false } } }) }),
  );
  expect(noPhone.fix).toContain('phone_number is not a sign-in identifier');
});

test('an unstated expectation is not judged (skip), so a healthy app never gets a false alarm', () => {
  const none: InstanceExpectations = {};
  for (const judge of [
    judgeInstanceIdentifiers,
    judgeInstancePasswordPolicy,
    judgeInstanceSecondFactor,
    judgeInstanceSignUpMode,
    judgeInstanceSessionMode,
    judgeInstanceSocialConnections,
  ]) {
    const verdict = judge(audit({ expect: none, environment: environmentOf({ sessionMode: 'multi' }) }));
    expect(verdict.skip, verdict.id).toContain('does not state instance.');
  }
  // The universal rules still run.
  expect(judgeInstanceAllowedOrigins(audit({ expect: none })).skip).toBeUndefined();
  expect(judgeInstanceTestMode(audit({ expect: none })).skip).toBeUndefined();
});

test('preflight.instance-password-policy: shorter than stated, or breached passwords accepted, fails', () => {
  expect(
    judgeInstancePasswordPolicy(audit({ environment: environmentOf({ passwordPolicy: { minLength: 6 } }) })),
  ).toMatchObject({ pass: false, actual: expect.stringContaining('min_length 6') });
  expect(judgeInstancePasswordPolicy(audit({ expect: { breachDetection: true } })).pass).toBe(false);
  expect(
    judgeInstancePasswordPolicy(
      audit({
        expect: { breachDetection: true },
        environment: environmentOf({ passwordPolicy: { breachDetection: true } }),
      }),
    ).pass,
  ).toBe(true);
});

test('preflight.instance-second-factor, sign-up mode, session mode, social connections: as stated', () => {
  const required = environmentOf({
    attributes: { phoneNumber: { secondFactor: true } },
    secondFactor: { required: true },
  });
  expect(judgeInstanceSecondFactor(audit({ environment: required })).pass).toBe(false);
  expect(judgeInstanceSecondFactor(audit({ environment: required, expect: { secondFactor: 'required' } })).pass).toBe(
    true,
  );
  expect(
    judgeInstanceSecondFactor(
      audit({
        environment: environmentOf({ attributes: { authenticatorApp: { enabled: true } } }),
        expect: { secondFactor: 'available' },
      }),
    ).pass,
  ).toBe(true);
  expect(judgeInstanceSignUpMode(audit({ environment: environmentOf({ signUpMode: 'waitlist' }) })).pass).toBe(false);
  const multi = judgeInstanceSessionMode(audit({ environment: environmentOf({ sessionMode: 'multi' }) }));
  expect(multi).toMatchObject({ pass: false, actual: expect.stringContaining('multi-session') });
  expect(
    judgeInstanceSocialConnections(audit({ environment: environmentOf({ socialConnections: ['github'] }) })).fix,
  ).toContain('Also enabled: github');
});

test("preflight.instance-allowed-origins: no wildcard, and the target's origin allowed on a production instance", () => {
  const wildcard = judgeInstanceAllowedOrigins(audit({ backend: { ...BACKEND, allowedOrigins: ['https://*'] } }));
  expect(wildcard).toMatchObject({ pass: false, url: BACKEND.url });
  expect(wildcard.fix).toContain('wildcard "https://*"');
  const elsewhere = judgeInstanceAllowedOrigins(audit({ backend: { ...BACKEND, domains: ['other.com'] } }));
  expect(elsewhere.fix).toContain('https://app.example.com is neither on the instance');
  expect(
    judgeInstanceAllowedOrigins(
      audit({ backend: { ...BACKEND, domains: ['other.com'], allowedOrigins: ['https://app.example.com'] } }),
    ).pass,
  ).toBe(true);
  expect(judgeInstanceAllowedOrigins(audit({ backend: 'No CLERK_SECRET_KEY' })).skip).toBe('No CLERK_SECRET_KEY');
  // A development instance answers any origin: only the wildcard rule applies.
  expect(
    judgeInstanceAllowedOrigins(audit({ backend: { ...BACKEND, environmentType: 'development', domains: [] } })).pass,
  ).toBe(true);
});

test('preflight.instance-type and preflight.instance-test-mode: production rules on a production profile only', () => {
  const dev = { ...environmentOf(), environmentType: 'development', testMode: true };
  expect(judgeInstanceType(audit({ environment: dev })).pass).toBe(false);
  expect(judgeInstanceType(audit({ environment: dev, profileEnvironment: 'staging' })).pass).toBe(true);
  const testMode = judgeInstanceTestMode(audit({ environment: environmentOf({ testMode: true }) }));
  expect(testMode).toMatchObject({ id: 'preflight.instance-test-mode', pass: false });
  expect(testMode.fix).toContain('424242');
  expect(judgeInstanceTestMode(audit({ environment: dev, profileEnvironment: 'development' })).pass).toBe(true);
  expect(judgeInstanceTestMode(audit({ environment: 'answered 401' })).skip).toBe('answered 401');
});

function profileProblems(env: Record<string, string | undefined>, file?: unknown): string {
  try {
    parseProfile(env, file, { configFile: 'clerk-go-live.config.ts' });
  } catch (error) {
    if (error instanceof ProfileError) return error.message;
    throw error;
  }
  throw new Error('expected a ProfileError');
}

test('profile: instance expectations from the settings file, the CGL_EXPECT_* variables over it', () => {
  const file = {
    instance: {
      identifiers: ['email_address'],
      passwordMinLength: 12,
      secondFactor: 'required',
      signUpMode: 'restricted',
      sessionMode: 'single',
      socialConnections: ['google'],
      allowedOrigins: ['https://admin.example.com/path'],
      breachDetection: true,
      password: true,
    },
  };
  const profile = parseProfile(
    validEnv({ CGL_EXPECT_SESSION_MODE: 'multi', CGL_EXPECT_SOCIAL: '', CGL_EXPECT_PASSWORD_MIN_LENGTH: '10' }),
    file,
  );
  expect(profile.instance).toEqual({
    identifiers: ['email_address'],
    password: true,
    passwordMinLength: 10,
    breachDetection: true,
    secondFactor: 'required',
    signUpMode: 'restricted',
    sessionMode: 'multi',
    socialConnections: [],
    allowedOrigins: ['https://admin.example.com'],
  });
  expect(parseProfile(validEnv()).instance, 'nothing stated: nothing judged').toEqual({});
  expect(
    parseProfile(
      validEnv({ CGL_EMBEDDED: '1', CLERK_PUBLISHABLE_KEY: LIVE_PUBLISHABLE_KEY, CLERK_SECRET_KEY: secretKey('live') }),
    ).instance,
  ).toEqual(EMBEDDED_APP_DEFAULTS.nextjs.instance);
});

test('profile: bad instance expectations stop the run, naming the field', () => {
  const message = profileProblems(
    validEnv({ CGL_EXPECT_SECOND_FACTOR: 'sometimes', CGL_EXPECT_IDENTIFIERS: 'email,username' }),
    {
      instance: {
        identifiers: ['passkey'],
        passwordMinLength: 'eight',
        sessionMode: 'many',
        allowedOrigins: ['example.com'],
        extra: 1,
      },
    },
  );
  for (const field of [
    'CGL_EXPECT_SECOND_FACTOR',
    'CGL_EXPECT_IDENTIFIERS',
    'instance.identifiers[0]',
    'instance.passwordMinLength',
    'instance.sessionMode',
    'instance.allowedOrigins[0]',
    'instance.extra',
  ])
    expect(message).toContain(field);
  expect(message).toContain('must be one of off, available, required');
});

test('emulator instance file: defaults are the instance as it was; errors name the field', () => {
  expect(resolveInstance('development').testMode).toBe(true);
  expect(resolveInstance('production')).toMatchObject({ testMode: false, sessionMode: 'single', allowedOrigins: [] });
  // An identifier turned off is no factor.
  expect(
    resolveInstance('production', parseInstanceFile({ attributes: { phoneNumber: { enabled: false } } })).attributes
      .phoneNumber,
  ).toMatchObject({ enabled: false, firstFactor: false });
  expect(() => parseInstanceFile({ attributes: { username: { enabled: 'yes' } } })).toThrow(
    'attributes.username.enabled: expected boolean',
  );
  let message = '';
  try {
    parseInstanceFile({ signUpMode: 'open', passwordPolicy: { minLength: 0 }, unknown: true });
  } catch (error) {
    message = (error as Error).message;
  }
  expect(message).toContain('signUpMode: expected one of public, restricted, waitlist');
  expect(message).toContain('passwordPolicy.minLength: expected at least 1');
  expect(message).toContain('unknown: not an instance setting');
});
