// The instance settings audit: what the Clerk instance really allows, judged against what the profile says the
// team configured (`instance` in clerk-go-live.config.ts). Evidence: the Frontend API's /v1/environment (public,
// exactly what clerk-js reads through the target or its proxy) and, with the secret key, the Backend API's
// GET /v1/instance and /v1/domains. An expectation the profile does not state is not judged (skip), so only the
// universal rules run on a profile that states nothing: no wildcard allowed origin, the target's origin allowed,
// a production instance without test mode on a production profile.
//
// Field names, from Clerk's specs (clerk/openapi-specs fapi/2025-11-10.yml, Client.Environment; bapi, Instance;
// mirrored by emulator/contract/environment.ts and bapi-resources.ts, which validate the emulator against them)
// and clerk-js's parsers (packages/clerk-js/src/core/resources/UserSettings.ts, AuthConfig.ts):
// - user_settings.attributes.<name>.{enabled, used_for_first_factor, used_for_second_factor} (UserSettings reads
//   `used_for_first_factor` for its sign-in form fields);
// - user_settings.password_settings.{min_length, disable_hibp};
// - user_settings.sign_in.second_factor.required; auth_config.second_factors;
// - user_settings.sign_up.mode: public | restricted | waitlist;
// - auth_config.single_session_mode (AuthConfig.fromJSON), auth_config.test_mode (required boolean in the spec);
// - user_settings.social: entries with `enabled` and `strategy` (UserSettings.getSocialProviderStrategies);
// - display_config.instance_environment_type; BAPI Instance.environment_type and allowed_origins (nullable);
//   Domain.name.
// Assumed (Clerk documents no wildcard syntax for allowed_origins): any `*` in an entry is a wildcard.
import type { CheckId } from './catalog.ts';
import { cap, type Verdict } from './verdict.ts';

export const SIGN_IN_IDENTIFIERS = ['email_address', 'phone_number', 'username'] as const;
export type SignInIdentifier = (typeof SIGN_IN_IDENTIFIERS)[number];
export type SecondFactorExpectation = 'off' | 'available' | 'required';

/** What the team says the instance allows (Profile.instance); an absent field is not judged. */
export interface InstanceExpectations {
  /** Exactly these identifiers sign in (used for first factor); any other is a finding. */
  identifiers?: readonly SignInIdentifier[];
  /** Password sign-in on (true) or off (false). */
  password?: boolean;
  /** The instance's minimum password length is at least this. */
  passwordMinLength?: number;
  /** true: breached passwords must be refused (Have I Been Pwned on). */
  breachDetection?: boolean;
  secondFactor?: SecondFactorExpectation;
  signUpMode?: 'public' | 'restricted' | 'waitlist';
  sessionMode?: 'single' | 'multi';
  /** Exactly these social connections enabled, by provider name (google, github). */
  socialConnections?: readonly string[];
  /** Origins the instance must allow besides the target's own (allowed_origins or its domain). */
  allowedOrigins?: readonly string[];
}

/** What /v1/environment says, extracted (instanceFactsFrom); null where the instance did not say. */
export interface EnvironmentFacts {
  url: string;
  identifiers: SignInIdentifier[];
  password: boolean | null;
  passwordMinLength: number | null;
  breachDetection: boolean | null;
  secondFactors: string[];
  secondFactorRequired: boolean | null;
  signUpMode: string | null;
  singleSession: boolean | null;
  socialConnections: string[];
  testMode: boolean | null;
  environmentType: string | null;
}

/** What the Backend API says (GET /v1/instance, /v1/domains with the secret key). */
export interface BackendInstanceFacts {
  url: string;
  environmentType: string | null;
  /** null: the instance lists none. */
  allowedOrigins: string[] | null;
  /** Domain names (Domain.name) of the instance. */
  domains: string[];
}

export interface InstanceAudit {
  /** The environment's facts, or why they could not be read (a sentence). */
  environment: EnvironmentFacts | string;
  /** The Backend API's facts, or why they were not read (no secret key, an error). */
  backend: BackendInstanceFacts | string;
  expect: InstanceExpectations;
  /** The profile's environment: production rules apply to a production profile. */
  profileEnvironment: string;
  target: string;
}

type Json = Record<string, unknown>;
const obj = (value: unknown): Json => (value && typeof value === 'object' ? (value as Json) : {});
const boolOrNull = (value: unknown) => (typeof value === 'boolean' ? value : null);

/** Pure extraction of the facts the audit judges from a /v1/environment body. */
export function environmentFacts(url: string, body: unknown): EnvironmentFacts {
  const env = obj(body);
  const auth = obj(env.auth_config);
  const settings = obj(env.user_settings);
  const attributes = obj(settings.attributes);
  const passwordSettings = obj(settings.password_settings);
  const secondFactor = obj(obj(settings.sign_in).second_factor);
  const attributeSecondFactors = Object.values(attributes)
    .map(obj)
    .filter((attribute) => attribute.enabled === true && attribute.used_for_second_factor === true)
    .flatMap((attribute) => (Array.isArray(attribute.second_factors) ? attribute.second_factors.map(String) : []));
  const authSecondFactors = Array.isArray(auth.second_factors) ? auth.second_factors.map(String) : [];
  const hibp = boolOrNull(passwordSettings.disable_hibp);
  return {
    url,
    identifiers: SIGN_IN_IDENTIFIERS.filter((name) => {
      const attribute = obj(attributes[name]);
      return attribute.enabled === true && attribute.used_for_first_factor === true;
    }),
    password: boolOrNull(obj(attributes.password).enabled),
    passwordMinLength: typeof passwordSettings.min_length === 'number' ? passwordSettings.min_length : null,
    breachDetection: hibp === null ? null : !hibp,
    secondFactors: [...new Set([...authSecondFactors, ...attributeSecondFactors])],
    secondFactorRequired: boolOrNull(secondFactor.required),
    signUpMode: typeof obj(settings.sign_up).mode === 'string' ? String(obj(settings.sign_up).mode) : null,
    singleSession: boolOrNull(auth.single_session_mode),
    socialConnections: Object.values(obj(settings.social))
      .map(obj)
      .filter((entry) => entry.enabled === true && typeof entry.strategy === 'string')
      .map((entry) => String(entry.strategy).replace(/^oauth_/, ''))
      .sort(),
    testMode: boolOrNull(auth.test_mode),
    environmentType:
      typeof obj(env.display_config).instance_environment_type === 'string'
        ? String(obj(env.display_config).instance_environment_type)
        : null,
  };
}

const list = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : 'none');
const DASHBOARD = 'Clerk Dashboard of the production instance';

function notStated(id: CheckId, title: string, url: string, setting: string): Verdict {
  return {
    id,
    title,
    url,
    expected: `what the profile states in instance.${setting}`,
    actual: 'not stated',
    pass: true,
    fix: '',
    skip: `The profile does not state instance.${setting} in clerk-go-live.config.ts: not judged.`,
  };
}

function unreadable(id: CheckId, title: string, url: string, why: string): Verdict {
  return { id, title, url, expected: 'a readable instance configuration', actual: why, pass: true, fix: '', skip: why };
}

function verdict(
  id: CheckId,
  title: string,
  url: string,
  expected: string,
  actual: string,
  problem: string | null,
  fix: string,
): Verdict {
  return { id, title, url, expected, actual, pass: problem === null, fix: problem === null ? '' : `${problem} ${fix}` };
}

/** A judge of the audit, carrying the check it proves and the claim its verdicts are titled with. */
export interface InstanceJudge {
  (audit: InstanceAudit): Verdict;
  readonly id: CheckId;
  readonly title: string;
}

/** A verdict's check id and title, as the judge that makes it carries them. */
interface Named {
  id: CheckId;
  title: string;
}

function instanceJudge(
  id: CheckId,
  title: string,
  judge: (audit: InstanceAudit, named: Named) => Verdict,
): InstanceJudge {
  return Object.assign((audit: InstanceAudit) => judge(audit, { id, title }), { id, title });
}

type EnvJudge = (facts: EnvironmentFacts, audit: InstanceAudit, named: Named) => Verdict;

/** A judge of the environment's facts; unreadable facts give a skip with the reason. */
function withEnvironment(id: CheckId, title: string, judge: EnvJudge): InstanceJudge {
  return instanceJudge(id, title, (audit, named) =>
    typeof audit.environment === 'string'
      ? unreadable(id, title, audit.target, audit.environment)
      : judge(audit.environment, audit, named),
  );
}

export const judgeInstanceIdentifiers = withEnvironment(
  'preflight.instance-identifiers',
  'instance -> sign-in identifiers as the profile states',
  (facts, { expect }, { id, title }) => {
    const url = facts.url;
    if (expect.identifiers === undefined && expect.password === undefined)
      return notStated(id, title, url, 'identifiers');
    const extra = expect.identifiers ? facts.identifiers.filter((name) => !expect.identifiers!.includes(name)) : [];
    const missing = expect.identifiers ? expect.identifiers.filter((name) => !facts.identifiers.includes(name)) : [];
    const passwordWrong = expect.password !== undefined && facts.password !== expect.password;
    const problems = [
      extra.length
        ? `The instance also lets users sign in with ${extra.join(', ')}, which the profile does not expect.`
        : '',
      missing.length ? `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not a sign-in identifier.` : '',
      passwordWrong ? `Password sign-in is ${facts.password ? 'on' : 'off'}.` : '',
    ].filter(Boolean);
    return verdict(
      id,
      title,
      url,
      [
        expect.identifiers ? `sign in with ${list(expect.identifiers)} only` : '',
        expect.password !== undefined ? `password ${expect.password ? 'on' : 'off'}` : '',
      ]
        .filter(Boolean)
        .join('; '),
      `identifiers: ${list(facts.identifiers)}; password ${facts.password === null ? 'not reported' : facts.password ? 'on' : 'off'}`,
      problems.length ? problems.join(' ') : null,
      `In the ${DASHBOARD} → User & authentication, turn the identifiers (and password) on or off to match, or correct instance.identifiers / instance.password in clerk-go-live.config.ts. An identifier left on is a way in nobody tests.`,
    );
  },
);

export const judgeInstancePasswordPolicy = withEnvironment(
  'preflight.instance-password-policy',
  'instance -> password policy as the profile states',
  (facts, { expect }, { id, title }) => {
    if (expect.passwordMinLength === undefined && expect.breachDetection !== true)
      return notStated(id, title, facts.url, 'passwordMinLength');
    const short =
      expect.passwordMinLength !== undefined &&
      (facts.passwordMinLength === null || facts.passwordMinLength < expect.passwordMinLength);
    const noHibp = expect.breachDetection === true && facts.breachDetection !== true;
    return verdict(
      id,
      title,
      facts.url,
      [
        expect.passwordMinLength !== undefined ? `minimum length >= ${expect.passwordMinLength}` : '',
        expect.breachDetection ? 'breached passwords refused' : '',
      ]
        .filter(Boolean)
        .join('; '),
      `min_length ${facts.passwordMinLength ?? 'not reported'}; breach detection ${facts.breachDetection === null ? 'not reported' : facts.breachDetection ? 'on' : 'off'}`,
      short || noHibp
        ? [
            short ? `The instance accepts passwords of ${facts.passwordMinLength ?? 'any'} characters.` : '',
            noHibp ? 'Breached passwords are accepted.' : '',
          ]
            .filter(Boolean)
            .join(' ')
        : null,
      `In the ${DASHBOARD} → User & authentication → Password, set the minimum length${noHibp ? ' and turn on "Reject compromised passwords"' : ''}.`,
    );
  },
);

export const judgeInstanceSecondFactor = withEnvironment(
  'preflight.instance-second-factor',
  'instance -> second factor as the profile states',
  (facts, { expect }, { id, title }) => {
    if (expect.secondFactor === undefined) return notStated(id, title, facts.url, 'secondFactor');
    const found: SecondFactorExpectation =
      facts.secondFactorRequired === true ? 'required' : facts.secondFactors.length > 0 ? 'available' : 'off';
    return verdict(
      id,
      title,
      facts.url,
      `second factor ${expect.secondFactor}`,
      `second factor ${found} (${list(facts.secondFactors)})`,
      found === expect.secondFactor ? null : `Multi-factor authentication is ${found}, not ${expect.secondFactor}.`,
      `In the ${DASHBOARD} → User & authentication → Multi-factor, enable the factors (and "Require multi-factor authentication") as intended.`,
    );
  },
);

export const judgeInstanceSignUpMode = withEnvironment(
  'preflight.instance-sign-up-mode',
  'instance -> sign-up mode as the profile states',
  (facts, { expect }, { id, title }) => {
    if (expect.signUpMode === undefined) return notStated(id, title, facts.url, 'signUpMode');
    return verdict(
      id,
      title,
      facts.url,
      `sign-up mode ${expect.signUpMode}`,
      `sign-up mode ${facts.signUpMode ?? 'not reported'}`,
      facts.signUpMode === expect.signUpMode ? null : `Sign-up is ${facts.signUpMode ?? 'in an unknown mode'}.`,
      `In the ${DASHBOARD} → Restrictions, set the sign-up mode (public, restricted, waitlist).`,
    );
  },
);

export const judgeInstanceSessionMode = withEnvironment(
  'preflight.instance-session-mode',
  'instance -> single or multi-session as the profile states',
  (facts, { expect }, { id, title }) => {
    if (expect.sessionMode === undefined) return notStated(id, title, facts.url, 'sessionMode');
    const found = facts.singleSession === null ? 'not reported' : facts.singleSession ? 'single' : 'multi';
    return verdict(
      id,
      title,
      facts.url,
      `${expect.sessionMode}-session mode`,
      `${found}-session mode (auth_config.single_session_mode: ${facts.singleSession})`,
      found === expect.sessionMode ? null : `The instance runs in ${found}-session mode.`,
      `In the ${DASHBOARD} → Sessions, turn multi-session handling ${expect.sessionMode === 'multi' ? 'on' : 'off'}.`,
    );
  },
);

export const judgeInstanceSocialConnections = withEnvironment(
  'preflight.instance-social',
  'instance -> social connections as the profile states',
  (facts, { expect }, { id, title }) => {
    if (expect.socialConnections === undefined) return notStated(id, title, facts.url, 'socialConnections');
    const expected = [...expect.socialConnections].sort();
    const extra = facts.socialConnections.filter((name) => !expected.includes(name));
    const missing = expected.filter((name) => !facts.socialConnections.includes(name));
    return verdict(
      id,
      title,
      facts.url,
      `social connections: ${list(expected)}`,
      `social connections: ${list(facts.socialConnections)}`,
      extra.length || missing.length
        ? [
            extra.length ? `Also enabled: ${extra.join(', ')}.` : '',
            missing.length ? `Not enabled: ${missing.join(', ')}.` : '',
          ]
            .filter(Boolean)
            .join(' ')
        : null,
      `In the ${DASHBOARD} → SSO connections, enable exactly these (with the production OAuth credentials and redirect URLs), or correct instance.socialConnections.`,
    );
  },
);

/** True when a production instance answers `origin`: its domain or a subdomain, or listed in allowed_origins. */
function originCovered(origin: string, backend: BackendInstanceFacts): boolean {
  const host = new URL(origin).hostname;
  if ((backend.allowedOrigins ?? []).includes(origin)) return true;
  return backend.domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

export const judgeInstanceAllowedOrigins = instanceJudge(
  'preflight.instance-allowed-origins',
  "instance -> allowed origins: the target's, no wildcard",
  (audit, { id, title }) => {
    const { backend } = audit;
    if (typeof backend === 'string') return unreadable(id, title, audit.target, backend);
    const origins = backend.allowedOrigins ?? [];
    const wildcards = origins.filter((origin) => origin.includes('*'));
    const wanted = [new URL(audit.target).origin, ...(audit.expect.allowedOrigins ?? []).map((o) => new URL(o).origin)];
    // A development instance answers any origin: only the wildcard rule applies there.
    const production = backend.environmentType === 'production';
    const uncovered = production ? [...new Set(wanted)].filter((origin) => !originCovered(origin, backend)) : [];
    const problems = [
      wildcards.length
        ? `allowed_origins holds the wildcard ${wildcards.map((w) => `"${cap(w, 60)}"`).join(', ')}: any site it matches can call the Frontend API with your users' cookies.`
        : '',
      uncovered.length
        ? `${uncovered.join(', ')} ${uncovered.length > 1 ? 'are' : 'is'} neither on the instance's domain nor in allowed_origins: Clerk refuses ${uncovered.length > 1 ? 'them' : 'it'}.`
        : '',
    ].filter(Boolean);
    return verdict(
      id,
      title,
      backend.url,
      `no wildcard in allowed_origins; ${list([...new Set(wanted)])} allowed (the instance's domain or allowed_origins)`,
      `allowed_origins: ${origins.length ? origins.map((o) => cap(o, 80)).join(', ') : 'none'}; domains: ${list(backend.domains)}`,
      problems.length ? problems.join(' ') : null,
      "List the exact origins (scheme://host[:port]) with the Backend API (PATCH /v1/instance { allowed_origins }) and remove wildcards; serve the app on the instance's domain.",
    );
  },
);

export const judgeInstanceType = withEnvironment(
  'preflight.instance-type',
  'instance -> a production instance on a production profile',
  (facts, audit, { id, title }) => {
    const backendType = typeof audit.backend === 'string' ? null : audit.backend.environmentType;
    const found = [facts.environmentType, backendType].filter((t): t is string => t !== null);
    const production = audit.profileEnvironment === 'production';
    const wrong = production && found.some((type) => type !== 'production');
    return verdict(
      id,
      title,
      facts.url,
      production
        ? 'instance type production (Frontend and Backend API)'
        : `any instance type (the profile is ${audit.profileEnvironment})`,
      `Frontend API: ${facts.environmentType ?? 'not reported'}${backendType ? `; Backend API: ${backendType}` : ''}`,
      wrong ? `The target talks to a ${found.find((t) => t !== 'production')} instance.` : null,
      "Deploy with the production instance's keys (Clerk Dashboard → switch to Production → API keys).",
    );
  },
);

export const judgeInstanceTestMode = withEnvironment(
  'preflight.instance-test-mode',
  'instance -> test mode off on a production profile',
  (facts, audit, { id, title }) => {
    const production = audit.profileEnvironment === 'production';
    if (production && facts.testMode === null)
      return unreadable(id, title, facts.url, 'The Frontend API does not report auth_config.test_mode.');
    return verdict(
      id,
      title,
      facts.url,
      production ? 'auth_config.test_mode false' : `test mode allowed (the profile is ${audit.profileEnvironment})`,
      `auth_config.test_mode: ${facts.testMode}`,
      production && facts.testMode
        ? 'Test mode is on: anyone can sign in with +clerk_test addresses and +1 XXX 555-01XX numbers and the code 424242.'
        : null,
      `In the ${DASHBOARD} → Settings → Test mode, turn it off (sign the suite in with a ticket, CGL_SIGN_IN_STRATEGY=ticket, instead of test codes).`,
    );
  },
);

/** Every audit judge, in report order. */
export const INSTANCE_JUDGES: readonly InstanceJudge[] = [
  judgeInstanceIdentifiers,
  judgeInstancePasswordPolicy,
  judgeInstanceSecondFactor,
  judgeInstanceSignUpMode,
  judgeInstanceSessionMode,
  judgeInstanceSocialConnections,
  judgeInstanceAllowedOrigins,
  judgeInstanceType,
  judgeInstanceTestMode,
];
