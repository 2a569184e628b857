// parseProfile: pure (env, file config) -> Profile. Precedence: environment > config file > defaults.
import { EMPTY_MEANS_NONE, fileConfigSchema, envSchema, type ParsedEnv, type ParsedFileConfig } from './schema.ts';
import { fileIssues, ProfileError, variableProblem, type Problem } from './problems.ts';
import { readKeys } from './profile-keys.ts';
import { DEFAULTS, embeddedAppDefaults } from './defaults.ts';
import { DEFAULT_EXTERNAL_EVENTS, EVENT_TYPES } from '../webhooks/event-types.ts';
import { readRoutes, usesDefaultRoutes } from './profile-routes.ts';
import { readTestUser } from './profile-test-user.ts';
import { readFailOn, readWaivers } from './profile-waivers.ts';
import { readLatency } from './profile-latency.ts';
import { readClerkDown } from './profile-clerk-down.ts';
import { utcToday } from '../checks/gate.ts';
import { Secret } from './secret.ts';
import { secretsOf } from './secrets-of.ts';
import type { Profile } from './types.ts';
import type { InstanceExpectations } from '../checks/instance-settings.ts';

export type EnvInput = Record<string, string | undefined>;

const KEEP_EMPTY: readonly string[] = EMPTY_MEANS_NONE;

/**
 * Trimmed values; empty ones count as unset (templates leave `CLERK_SECRET_KEY=` lines), except for the route
 * lists and CGL_WEBHOOK_PATH, where an empty value says "none" (CGL_PROTECTED_API= : no protected API routes).
 */
function cleanEnv(env: EnvInput): Record<string, string> {
  const clean: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) {
    const trimmed = value?.trim();
    if (trimmed || (trimmed === '' && KEEP_EMPTY.includes(name))) clean[name] = trimmed;
  }
  return clean;
}

// Comma lists report which item is wrong: "item 2 (method): …".
function itemLabel(path: readonly PropertyKey[]): string {
  const [index, ...rest] = path;
  if (typeof index !== 'number') return '';
  return `item ${index + 1}${rest.length ? ` (${rest.map(String).join('.')})` : ''}: `;
}

/** Each variable is parsed alone, so one bad variable does not hide the others. */
function parseEnv(vars: Record<string, string>, problems: Problem[]): Partial<ParsedEnv> {
  const parsed: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(envSchema.shape)) {
    const result = schema.safeParse(vars[name]);
    if (result.success) parsed[name] = result.data;
    else
      problems.push(
        ...result.error.issues.map((issue) => variableProblem(name, `${itemLabel(issue.path)}${issue.message}`)),
      );
  }
  return parsed as Partial<ParsedEnv>;
}

function parseFile(fileConfig: unknown, configFile: string, problems: Problem[]): ParsedFileConfig {
  if (fileConfig === undefined || fileConfig === null) return {};
  const result = fileConfigSchema.safeParse(fileConfig);
  if (result.success) return result.data;
  problems.push(...fileIssues(configFile, result.error.issues));
  return {};
}

/** The webhook settings of the file, or undefined when there are none (or webhook: false). */
function webhookFileOf(file: ParsedFileConfig) {
  return file.webhook === false ? undefined : file.webhook;
}

function normalizeBaseURL(value: string): string {
  const url = new URL(value);
  return url.pathname === '/' && !url.search ? url.origin : url.href.replace(/\/$/, '');
}

export interface ParseProfileOptions {
  configFile?: string;
  /** The UTC date waivers are judged by, YYYY-MM-DD (default today). */
  today?: string;
}

/**
 * Build the profile from environment variables and the parsed config file (pure: no I/O, no process.env; the
 * date only from `options.today` or the clock). Throws ProfileError listing every problem at once.
 */
export function parseProfile(env: EnvInput, fileConfig?: unknown, options: ParseProfileOptions = {}): Profile {
  const configFile = options.configFile ?? 'clerk-go-live.config.json';
  const problems: Problem[] = [];
  const fileProblems: Problem[] = [];
  const warnings: string[] = [];
  const vars = cleanEnv(env);
  const file = parseFile(fileConfig, configFile, fileProblems);
  const e = parseEnv(vars, problems);
  const embedded = vars.CGL_EMBEDDED === '1';
  const keys = readKeys(vars, problems, warnings);

  const referenceApp = vars.CGL_REFERENCE_APP;
  const routes = readRoutes(e, file, problems, { embedded, referenceApp, configFile, warnings });
  // Paths and the webhook endpoint: the bundled app's own when embedded (the Hono app has /login, /hooks/clerk).
  const base = embedded ? embeddedAppDefaults(referenceApp) : DEFAULTS;
  const waivers = readWaivers(file, configFile, options.today ?? utcToday(), warnings);
  const rejectStatuses = e.CGL_WEBHOOK_REJECT_STATUSES ??
    webhookFileOf(file)?.rejectStatuses ?? [...DEFAULTS.rejectStatuses];
  if (rejectStatuses.some((s) => s < 400 || s >= 500)) {
    problems.push(
      variableProblem(
        'CGL_WEBHOOK_REJECT_STATUSES',
        'list only 4xx statuses: a 2xx accepts the event and a 5xx is a crash',
      ),
    );
  }

  const webhookProbe =
    e.CGL_WEBHOOK_PROBE_URL ??
    webhookFileOf(file)?.probeUrl ??
    (embedded ? embeddedAppDefaults(referenceApp).webhookProbe : undefined);

  const testUser = readTestUser(
    e,
    file,
    vars,
    { secretKeySet: vars.CLERK_SECRET_KEY !== undefined },
    problems,
    warnings,
  );

  problems.push(...fileProblems);
  if (problems.length > 0 || !e.TARGET_URL || !keys.publishable) throw new ProfileError(problems, warnings);

  const environment =
    e.CGL_ENVIRONMENT ??
    file.environment ??
    (keys.publishable.info.instanceType === 'production' ? 'production' : 'development');
  if (environment === 'production' && keys.publishable.info.instanceType === 'development') {
    warnings.push(
      'The environment is production but the publishable key is a development key (pk_test_): a ' +
        'production deploy needs the pk_live_/sk_live_ keys of the production instance.',
    );
  }
  const webhookPath =
    e.CGL_WEBHOOK_PATH !== undefined
      ? e.CGL_WEBHOOK_PATH
      : file.webhook === false
        ? null
        : (file.webhook?.path ?? base.webhookPath);
  if (webhookPath === null) {
    // No endpoint, so no secret to miss.
    const missingSecret = warnings.findIndex((w) => w.startsWith('CLERK_WEBHOOK_SIGNING_SECRET is not set'));
    if (missingSecret >= 0) warnings.splice(missingSecret, 1);
  }
  if (!embedded && usesDefaultRoutes(e, file)) {
    warnings.push(
      'Using the reference app’s route table (/dashboard, GET /api/me): set "routes" in ' +
        'clerk-go-live.config.ts or CGL_PROTECTED_PAGES / CGL_PROTECTED_API to match your app.',
    );
  }
  const baseURL = normalizeBaseURL(e.TARGET_URL);
  const httpURL = (e.CGL_HTTP_URL ?? file.headers?.httpURL)?.replace(/\/$/, '');
  const caFile = e.CGL_TLS_CA_FILE ?? file.tls?.caFile;
  const profile: Profile = {
    baseURL,
    environment,
    embedded,
    clerk: {
      publishableKey: keys.publishable.value,
      instanceType: keys.publishable.info.instanceType,
      frontendApi: keys.publishable.info.frontendApi,
      ...(keys.secretKey && { secretKey: keys.secretKey }),
      apiUrl: (e.CLERK_API_URL ?? file.clerk?.apiUrl ?? DEFAULTS.clerkApiUrl).replace(/\/$/, ''),
    },
    webhook: {
      path: webhookPath,
      ...(keys.webhookSecret && { secret: keys.webhookSecret }),
      rejectStatuses,
      // The bundled app holds nothing real: its events may change state whatever its environment.
      allowStateChanges: e.CGL_WEBHOOK_ALLOW_STATE_CHANGES ?? webhookFileOf(file)?.allowStateChanges ?? embedded,
      events: [
        ...new Set(
          e.CGL_WEBHOOK_EVENTS ?? webhookFileOf(file)?.events ?? (embedded ? EVENT_TYPES : DEFAULT_EXTERNAL_EVENTS),
        ),
      ],
      ...(webhookProbe && { probeUrl: webhookProbe }),
    },
    ...(testUser && { testUser }),
    routes,
    paths: {
      signIn: e.CGL_SIGN_IN_PATH ?? file.paths?.signIn ?? base.signIn,
      afterSignIn: e.CGL_AFTER_SIGN_IN_PATH ?? file.paths?.afterSignIn ?? base.afterSignIn,
      afterSignOut: e.CGL_AFTER_SIGN_OUT_PATH ?? file.paths?.afterSignOut ?? base.afterSignOut,
    },
    auth: {
      maxTokenLifetimeSeconds:
        e.CGL_MAX_TOKEN_LIFETIME ?? file.auth?.maxTokenLifetimeSeconds ?? DEFAULTS.maxTokenLifetimeSeconds,
      authorizedOrigins: (e.CGL_AUTHORIZED_ORIGINS ?? file.auth?.authorizedOrigins ?? [baseURL]).map(
        (url) => new URL(url).origin,
      ),
    },
    headers: {
      hstsMinMaxAge: e.CGL_HSTS_MIN_MAX_AGE ?? file.headers?.hstsMinMaxAge ?? DEFAULTS.hstsMinMaxAge,
      requireHsts: e.CGL_REQUIRE_HSTS ?? file.headers?.requireHsts ?? new URL(baseURL).protocol === 'https:',
      ...(httpURL && { httpURL }),
    },
    instance: readInstanceExpectations(e, file, embedded ? embeddedAppDefaults(referenceApp).instance : {}),
    framework: e.CGL_FRAMEWORK ?? file.framework ?? 'auto',
    tls: {
      caFile: caFile ?? null,
      insecureHosts: e.CGL_TLS_INSECURE_HOSTS ?? file.tls?.insecureHosts ?? [],
    },
    latency: readLatency(e, file, environment),
    clerkDown: readClerkDown(e, file),
    failOn: readFailOn(e, file),
    waivers,
    configFile: fileConfig === undefined || fileConfig === null ? null : configFile,
    warnings,
    secretValues: () => secretsOf(profile).map((secret) => secret.reveal()),
  };
  return deepFreeze(profile);
}

/** The instance expectations, field by field: environment > settings file > the embedded app's. */
function readInstanceExpectations(
  e: Partial<ParsedEnv>,
  file: ParsedFileConfig,
  base: InstanceExpectations,
): InstanceExpectations {
  const fromEnv: InstanceExpectations = {
    identifiers: e.CGL_EXPECT_IDENTIFIERS,
    passwordMinLength: e.CGL_EXPECT_PASSWORD_MIN_LENGTH,
    secondFactor: e.CGL_EXPECT_SECOND_FACTOR,
    signUpMode: e.CGL_EXPECT_SIGN_UP_MODE,
    sessionMode: e.CGL_EXPECT_SESSION_MODE,
    socialConnections: e.CGL_EXPECT_SOCIAL,
  };
  const merged: Record<string, unknown> = { ...base };
  for (const layer of [file.instance ?? {}, fromEnv])
    for (const [key, value] of Object.entries(layer)) if (value !== undefined) merged[key] = value;
  if (merged.allowedOrigins)
    merged.allowedOrigins = (merged.allowedOrigins as string[]).map((url) => new URL(url).origin);
  return merged as InstanceExpectations;
}

// Tests share one profile per worker; freezing stops one test from changing what the next one sees.
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !(value instanceof Secret)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
