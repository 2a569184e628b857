// The zod schemas: the optional config file (non-secret settings only) and the environment variables.
// Messages say what is wrong without echoing values, so a secret pasted into the wrong field never leaks.
import { FRAMEWORKS } from '../checks/framework.ts';
import { z } from 'zod';
import { SEVERITIES, type Severity } from '../checks/catalog.ts';
import { EVENT_TYPES } from '../webhooks/event-types.ts';
import { SIGN_IN_IDENTIFIERS } from '../checks/instance-settings.ts';

export const ENVIRONMENTS = ['production', 'staging', 'development'] as const;
export const oneOf = (values: readonly string[]) => (iss: { input?: unknown }) =>
  `${typeof iss.input === 'string' ? `is "${iss.input.slice(0, 40)}", but ` : ''}must be one of ${values.join(', ')}`;
export const SIGN_IN_STRATEGIES = ['password', 'email_code', 'ticket'] as const;
export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

export const SECOND_FACTOR_SETTINGS = ['off', 'available', 'required'] as const;
export const SIGN_UP_MODES = ['public', 'restricted', 'waitlist'] as const;
export const SESSION_MODES = ['single', 'multi'] as const;

export type Environment = (typeof ENVIRONMENTS)[number];
export type SignInStrategy = (typeof SIGN_IN_STRATEGIES)[number];
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** An http(s) URL problem, or null. */
export function httpUrlProblem(value: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'is not a URL (it needs the scheme, e.g. https://)';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `uses ${url.protocol} but must be an http(s) URL`;
  if (url.username || url.password)
    return 'contains user:password@ credentials, which would end up in traces and reports: remove them';
  return null;
}

const httpUrl = z.string().superRefine((value, ctx) => {
  const problem = httpUrlProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

// A path on the target: "/x", never "//x" (that is another host) and never a full URL.
const routePath = z.string().regex(/^\/(?!\/)\S*$/, {
  error: (iss) => `"${String(iss.input)}" must be a path starting with "/" (no host, no spaces)`,
});

// The sign-in page may be hosted by Clerk (the Account Portal), so a full URL is allowed there.
const signInLocation = z.union([routePath, httpUrl], {
  error: 'must be a path like /sign-in or the Account Portal URL like https://accounts.example.com/sign-in',
});

const httpStatus = z
  .int({ error: 'HTTP statuses are whole numbers' })
  .min(100, { error: 'is not an HTTP status (100–599)' })
  .max(599, { error: 'is not an HTTP status (100–599)' });
const statusList = z.array(httpStatus).min(1, { error: 'needs at least one status' });

const webhookEvent = z.enum(EVENT_TYPES, { error: oneOf(EVENT_TYPES) });
// The side-effect probe: a path on the target or a full URL, with {id} where the synthetic user id goes.
const probeUrl = z.string().superRefine((value, ctx) => {
  if (!value.includes('{id}'))
    ctx.addIssue({
      code: 'custom',
      message: 'needs an {id} placeholder where the synthetic user id goes, e.g. /api/admin/users/{id}',
    });
  else if (!value.startsWith('/') || value.startsWith('//')) {
    const problem = httpUrlProblem(value.replace('{id}', 'id'));
    if (problem) ctx.addIssue({ code: 'custom', message: `must be a path starting with "/" or a URL: it ${problem}` });
  }
});

const FRAMEWORK_SETTINGS = [...FRAMEWORKS, 'auto'] as const;

/** A host name as it appears in a URL (no scheme, port or path). */
const hostName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/, {
    error: 'must be a host name such as staging.example.com (no scheme, port or path)',
  });

// A route's :param name, and the values that fill it (from the route or from routes.params).
const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const routeParams = z.record(
  z.string().regex(PARAM_NAME, { error: (iss) => `"${String(iss.input)}" is not a :param name` }),
  z.union([z.string().min(1), z.number()], { error: 'a param value is a non-empty string or a number' }),
);

// Headers the checks set themselves, and names that look like credentials: neither belongs in a committed file.
const RESERVED_HEADERS = /^(authorization|cookie|origin|host|content-length)$/i;
const SECRET_HEADER = /secret|token|password|api-?key|signature/i;
const requestHeaders = z
  .record(z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'is not a header name'), z.string())
  .superRefine((headers, ctx) => {
    for (const name of Object.keys(headers)) {
      if (RESERVED_HEADERS.test(name))
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: 'is set by the checks themselves (signed in, signed out, forged tokens): leave it out',
        });
      else if (SECRET_HEADER.test(name))
        ctx.addIssue({
          code: 'custom',
          path: [name],
          message: 'looks like a credential: secrets never go in the route table (it is committed)',
        });
    }
  });

// jsonPath: $.a.b, $.items[0].owner (dots and numeric indexes only).
const JSON_PATH = /^\$(?:\.[A-Za-z_$][\w$-]*|\[\d+\])+$/;
export const FOR_USER_HINT =
  "must be 'userId', 'email', 'none', { jsonPath: '$.data.owner' } or { header: 'x-user-id' }";
const forUser = z.union(
  [
    z.enum(['userId', 'email', 'none']),
    z.strictObject({
      jsonPath: z.string().regex(JSON_PATH, { error: 'must look like $.data.owner or $.items[0].ownerId' }),
    }),
    z.strictObject({ header: z.string().regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'is not a header name') }),
  ],
  { error: FOR_USER_HINT },
);

const apiRoute = z
  .strictObject({
    path: routePath,
    method: z.enum(HTTP_METHODS, { error: oneOf(HTTP_METHODS) }).optional(),
    params: routeParams.optional(),
    body: z
      .union([z.record(z.string(), z.unknown()), z.array(z.unknown())], {
        error: 'must be a JSON object or array (it is sent as application/json); use "form" for a form post',
      })
      .optional(),
    form: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean()], { error: 'form values are strings' }))
      .optional(),
    headers: requestHeaders.optional(),
    denied: statusList.optional(),
    allowed: statusList.optional(),
    forUser: forUser.optional(),
    // A write (any method but GET/HEAD) is sent signed in to a production target only when this is true.
    allowStateChanges: z.boolean({ error: 'must be true or false' }).optional(),
  })
  .superRefine((route, ctx) => {
    if (route.body !== undefined && route.form !== undefined)
      ctx.addIssue({ code: 'custom', path: ['form'], message: 'set either "body" (JSON) or "form", not both' });
    const method = route.method ?? 'GET';
    if ((method === 'GET' || method === 'HEAD') && (route.body !== undefined || route.form !== undefined))
      ctx.addIssue({
        code: 'custom',
        path: [route.body !== undefined ? 'body' : 'form'],
        message: `a ${method} request carries no body: set "method" to the one the route takes`,
      });
  });

export type ApiRouteSetting = z.output<typeof apiRoute>;

// webhook: false says the app has no Clerk webhook endpoint (what `clerk-go-live init --no-webhook` writes).
const webhookSettings = z.strictObject(
  {
    path: routePath.optional(),
    rejectStatuses: statusList.optional(),
    allowStateChanges: z.boolean({ error: 'must be true or false' }).optional(),
    events: z.array(webhookEvent).min(1, { error: 'needs at least one event' }).optional(),
    probeUrl: probeUrl.optional(),
  },
  { error: 'must be false (the app has no webhook endpoint) or { path, rejectStatuses, events, … }' },
);
type WebhookSettings = z.output<typeof webhookSettings>;
// Not a union: zod would hide the object's own field errors (webhook.rejectStatuses[0]) behind the union's.
const webhookSetting = z
  .preprocess((value) => (value === false ? null : value), webhookSettings.nullable())
  .transform((value) => value ?? (false as const)) as unknown as z.ZodType<
  false | WebhookSettings,
  false | z.input<typeof webhookSettings>
>;

const severity = z.enum(SEVERITIES as readonly [Severity, ...Severity[]], { error: oneOf(SEVERITIES) });

// The suite's ids and a team's own customCheck ids alike: dotted lower-case words, e.g. "headers.csp".
export const CHECK_ID_PATTERN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/;

/** A real calendar date written YYYY-MM-DD (2026-02-30 is not one). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const waiver = z.strictObject({
  check: z.string({ error: 'must name the check id the waiver accepts, e.g. "headers.csp"' }).regex(CHECK_ID_PATTERN, {
    error: (iss) =>
      `"${String(iss.input).slice(0, 60)}" is not a check id (dotted lower-case words, e.g. "headers.csp")`,
  }),
  route: routePath.optional(),
  reason: z
    .string({ error: 'must say why the finding is accepted for now' })
    .trim()
    .min(1, { error: 'must say why the finding is accepted for now' }),
  expires: z.string({ error: 'must be the last day the waiver holds, YYYY-MM-DD' }).refine(isIsoDate, {
    error: (iss) =>
      `"${String(iss.input).slice(0, 40)}" is not a date: write the last day the waiver holds, YYYY-MM-DD`,
  }),
});

const identifier = z.enum(SIGN_IN_IDENTIFIERS, { error: oneOf(SIGN_IN_IDENTIFIERS) });
const socialProvider = z.string().regex(/^[a-z0-9_]+$/, {
  error: (iss) => `"${String(iss.input).slice(0, 40)}" must be a provider name such as google or github`,
});
const passwordMinLength = z
  .int({ error: 'must be a whole number of characters' })
  .min(1, { error: 'must be at least 1' })
  .max(72, { error: "must be at most 72 (Clerk's maximum password length)" });

// What the team configured in the Clerk Dashboard, stated once: the instance settings audit judges the instance
// against it (src/checks/instance-settings.ts); an absent field is not judged.
const instanceExpectations = z.strictObject({
  identifiers: z.array(identifier).min(1, { error: 'needs at least one identifier' }).optional(),
  password: z.boolean({ error: 'must be true or false' }).optional(),
  passwordMinLength: passwordMinLength.optional(),
  breachDetection: z.boolean({ error: 'must be true or false' }).optional(),
  secondFactor: z.enum(SECOND_FACTOR_SETTINGS, { error: oneOf(SECOND_FACTOR_SETTINGS) }).optional(),
  signUpMode: z.enum(SIGN_UP_MODES, { error: oneOf(SIGN_UP_MODES) }).optional(),
  sessionMode: z.enum(SESSION_MODES, { error: oneOf(SESSION_MODES) }).optional(),
  socialConnections: z.array(socialProvider).optional(),
  allowedOrigins: z.array(httpUrl).optional(),
});

const budgetMs = z
  .int({ error: 'must be a whole number of milliseconds' })
  .min(1, { error: 'must be at least 1 ms' })
  .max(60_000, { error: 'must be at most 60000 ms (a minute)' });
export const BURST_LIMITS = { maxConcurrency: 50, maxSeconds: 30 } as const;
const burstConcurrency = z
  .int({ error: 'must be a whole number of concurrent requests' })
  .min(1, { error: 'must be at least 1' })
  .max(BURST_LIMITS.maxConcurrency, { error: `must be at most ${BURST_LIMITS.maxConcurrency}` });
const burstSeconds = z
  .int({ error: 'must be a whole number of seconds' })
  .min(1, { error: 'must be at least 1 second' })
  .max(BURST_LIMITS.maxSeconds, { error: `must be at most ${BURST_LIMITS.maxSeconds} seconds` });

const latencySetting = z.strictObject({
  apiP95Ms: budgetMs.optional(),
  signInTtfbP95Ms: budgetMs.optional(),
  clerkLoadedP95Ms: budgetMs.optional(),
  fapiP95Ms: budgetMs.optional(),
  // The load burst: on by default except on a production profile, where it runs only when this is true.
  burst: z.boolean({ error: 'must be true or false' }).optional(),
  burstConcurrency: burstConcurrency.optional(),
  burstSeconds: burstSeconds.optional(),
});

// The Clerk outage drill (tests/recovery): how long the sign-in page may take to show its fallback, and that
// fallback's text or CSS selector when the team names it (src/config/profile-clerk-down.ts).
const clerkDownFallback = z
  .string()
  .trim()
  .min(1, { error: 'is empty: name the fallback text or a CSS selector, or leave it out' });
const clerkDownSetting = z.strictObject({
  budgetMs: budgetMs.optional(),
  fallback: clerkDownFallback.optional(),
});

/** clerk-go-live.config.{json,ts}: what a team commits next to its app. Secrets stay in the environment. */
export const fileConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  environment: z.enum(ENVIRONMENTS, { error: oneOf(ENVIRONMENTS) }).optional(),
  // From which severity a failed check fails the run; below it the failure is reported as a finding.
  failOn: severity.optional(),
  // Findings the team accepts for now: each names its check, why, and the last day it holds.
  waivers: z.array(waiver).optional(),
  clerk: z.strictObject({ apiUrl: httpUrl.optional() }).optional(),
  testUser: z
    .strictObject({
      email: z.email({ error: 'is not an email address' }).optional(),
      strategy: z.enum(SIGN_IN_STRATEGIES, { error: oneOf(SIGN_IN_STRATEGIES) }).optional(),
    })
    .optional(),
  routes: z
    .strictObject({
      publicPages: z.array(routePath).optional(),
      protectedPages: z.array(routePath).optional(),
      // A bare path is shorthand for { path } with the default method and statuses.
      protectedApi: z
        .array(z.preprocess((entry) => (typeof entry === 'string' ? { path: entry } : entry), apiRoute))
        .optional(),
      publicApi: z.array(routePath).optional(),
      // Values for the :params in protectedApi paths (a route's own params win).
      params: routeParams.optional(),
      // The app's own routes that fail on purpose: the stack-trace check probes them.
      errorRoutes: z.array(routePath).optional(),
    })
    .optional(),
  paths: z
    .strictObject({
      signIn: signInLocation.optional(),
      afterSignIn: routePath.optional(),
      afterSignOut: routePath.optional(),
    })
    .optional(),
  webhook: webhookSetting.optional(),
  auth: z
    .strictObject({
      maxTokenLifetimeSeconds: z.int({ error: 'must be a whole number of seconds' }).min(1).optional(),
      authorizedOrigins: z.array(httpUrl).optional(),
    })
    .optional(),
  headers: z
    .strictObject({
      hstsMinMaxAge: z.int({ error: 'must be a whole number of seconds' }).min(0).optional(),
      requireHsts: z.boolean({ error: 'must be true or false' }).optional(),
      httpURL: httpUrl.optional(),
    })
    .optional(),
  instance: instanceExpectations.optional(),
  // Auth latency budgets (p95, ms) and the load burst (src/config/profile-latency.ts).
  latency: latencySetting.optional(),
  // The Clerk outage drill: the sign-in fallback's budget (ms) and its text or selector.
  clerkDown: clerkDownSetting.optional(),
  // Which framework the fix texts speak; auto: detected from the target's home page.
  framework: z.enum(FRAMEWORK_SETTINGS, { error: oneOf(FRAMEWORK_SETTINGS) }).optional(),
  // A staging certificate from a private CA (caFile), or one to accept as it is (insecureHosts).
  tls: z
    .strictObject({
      caFile: z.string().trim().min(1, { error: 'is empty: name a PEM file, or leave it out' }).optional(),
      insecureHosts: z.array(hostName).optional(),
    })
    .optional(),
});

/** What a clerk-go-live.config.ts default-exports; wrap it in defineConfig() for type checking. */
export type CglConfig = z.input<typeof fileConfigSchema>;
export type ParsedFileConfig = z.output<typeof fileConfigSchema>;

export function defineConfig(config: CglConfig): CglConfig {
  return config;
}

const commaList = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

// An empty list variable (CGL_PROTECTED_API=) means "none", not "the defaults".
const pathList = z.string().transform(commaList).pipe(z.array(routePath));

/** List variables where an empty value means "no routes" (parseProfile keeps their empty values). */
export const EMPTY_MEANS_NONE = [
  'CGL_PUBLIC_PAGES',
  'CGL_PROTECTED_PAGES',
  'CGL_PROTECTED_API',
  'CGL_PUBLIC_API',
  'CGL_ERROR_ROUTES',
  'CGL_WEBHOOK_PATH',
  'CGL_EXPECT_SOCIAL',
] as const;

// "/api/me" or "POST /api/orders"
const apiRouteList = z
  .string()
  .transform(commaList)
  .pipe(
    z.array(
      z
        .string()
        .transform((item) => {
          const [first = '', second] = item.split(/\s+/, 2);
          return second === undefined ? { path: first } : { method: first.toUpperCase(), path: second };
        })
        .pipe(apiRoute),
    ),
  );

const statusListFromEnv = z
  .string()
  .transform(commaList)
  .pipe(
    z
      .array(
        z
          .string()
          .regex(/^\d+$/, { error: (iss) => `"${String(iss.input)}" is not an HTTP status` })
          .transform(Number)
          .pipe(httpStatus),
      )
      .min(1),
  );

const booleanFromEnv = z
  .string()
  .toLowerCase()
  .pipe(z.enum(['true', 'false', '1', '0'], { error: 'must be true or false' }))
  .transform((value) => value === 'true' || value === '1');

const intFromEnv = (unit: string) =>
  z
    .string()
    .regex(/^\d+$/, { error: `must be a whole number of ${unit}` })
    .transform(Number);

/**
 * The non-key variables. Keys (publishable, secret, webhook) are checked by clerk-keys.ts, which can name the
 * mistake (a pk_ in the secret, a truncated copy) without printing the value.
 */
export const envSchema = z.object({
  TARGET_URL: z
    .string({
      error:
        'is not set: point it at the deployed app, or unset it and run `npx playwright test` to use ' +
        'the bundled reference app',
    })
    .pipe(httpUrl),
  CGL_ENVIRONMENT: z.enum(ENVIRONMENTS, { error: oneOf(ENVIRONMENTS) }).optional(),
  CGL_FAIL_ON: z.string().toLowerCase().pipe(severity).optional(),
  CLERK_API_URL: httpUrl.optional(),
  CGL_TEST_USER_EMAIL: z.email({ error: 'is not an email address' }).optional(),
  CGL_SIGN_IN_STRATEGY: z.enum(SIGN_IN_STRATEGIES, { error: oneOf(SIGN_IN_STRATEGIES) }).optional(),
  CGL_PUBLIC_PAGES: pathList.optional(),
  CGL_PROTECTED_PAGES: pathList.optional(),
  CGL_PROTECTED_API: apiRouteList.optional(),
  CGL_PUBLIC_API: pathList.optional(),
  CGL_ERROR_ROUTES: pathList.optional(),
  CGL_SIGN_IN_PATH: signInLocation.optional(),
  CGL_AFTER_SIGN_IN_PATH: routePath.optional(),
  CGL_AFTER_SIGN_OUT_PATH: routePath.optional(),
  // Empty or "none": the app has no webhook endpoint (null).
  CGL_WEBHOOK_PATH: z
    .string()
    .regex(/^(?:none|\/(?!\/)\S*)?$/, {
      error: (iss) => `"${String(iss.input)}" must be a path starting with "/", or "none" (no webhook endpoint)`,
    })
    .transform((value) => (value === '' || value === 'none' ? null : value))
    .optional(),
  CGL_WEBHOOK_REJECT_STATUSES: statusListFromEnv.optional(),
  CGL_WEBHOOK_ALLOW_STATE_CHANGES: booleanFromEnv.optional(),
  CGL_WEBHOOK_EVENTS: z.string().transform(commaList).pipe(z.array(webhookEvent).min(1)).optional(),
  CGL_WEBHOOK_PROBE_URL: probeUrl.optional(),
  CGL_MAX_TOKEN_LIFETIME: z
    .string()
    .regex(/^[1-9]\d*$/, { error: 'must be a whole number of seconds' })
    .transform(Number)
    .optional(),
  CGL_AUTHORIZED_ORIGINS: z.string().transform(commaList).pipe(z.array(httpUrl).min(1)).optional(),
  CGL_HSTS_MIN_MAX_AGE: z
    .string()
    .regex(/^\d+$/, { error: 'must be a whole number of seconds' })
    .transform(Number)
    .optional(),
  CGL_REQUIRE_HSTS: booleanFromEnv.optional(),
  CGL_HTTP_URL: httpUrl.optional(),
  CGL_FRAMEWORK: z.enum(FRAMEWORK_SETTINGS, { error: oneOf(FRAMEWORK_SETTINGS) }).optional(),
  CGL_TLS_CA_FILE: z.string().trim().min(1, { error: 'is empty: name a PEM file, or unset it' }).optional(),
  CGL_TLS_INSECURE_HOSTS: z.string().transform(commaList).pipe(z.array(hostName)).optional(),
  CGL_EXPECT_IDENTIFIERS: z.string().transform(commaList).pipe(z.array(identifier).min(1)).optional(),
  CGL_EXPECT_PASSWORD_MIN_LENGTH: z
    .string()
    .regex(/^\d+$/, { error: 'must be a whole number of characters' })
    .transform(Number)
    .pipe(passwordMinLength)
    .optional(),
  CGL_EXPECT_SECOND_FACTOR: z.enum(SECOND_FACTOR_SETTINGS, { error: oneOf(SECOND_FACTOR_SETTINGS) }).optional(),
  CGL_EXPECT_SIGN_UP_MODE: z.enum(SIGN_UP_MODES, { error: oneOf(SIGN_UP_MODES) }).optional(),
  CGL_EXPECT_SESSION_MODE: z.enum(SESSION_MODES, { error: oneOf(SESSION_MODES) }).optional(),
  CGL_EXPECT_SOCIAL: z.string().transform(commaList).pipe(z.array(socialProvider)).optional(),
  CGL_LATENCY_API_P95_MS: intFromEnv('milliseconds').pipe(budgetMs).optional(),
  CGL_LATENCY_SIGN_IN_TTFB_P95_MS: intFromEnv('milliseconds').pipe(budgetMs).optional(),
  CGL_LATENCY_CLERK_LOADED_P95_MS: intFromEnv('milliseconds').pipe(budgetMs).optional(),
  CGL_LATENCY_FAPI_P95_MS: intFromEnv('milliseconds').pipe(budgetMs).optional(),
  CGL_LATENCY_BURST: booleanFromEnv.optional(),
  CGL_LATENCY_BURST_CONCURRENCY: intFromEnv('concurrent requests').pipe(burstConcurrency).optional(),
  CGL_LATENCY_BURST_SECONDS: intFromEnv('seconds').pipe(burstSeconds).optional(),
  CGL_CLERK_DOWN_BUDGET_MS: intFromEnv('milliseconds').pipe(budgetMs).optional(),
  CGL_CLERK_DOWN_FALLBACK: clerkDownFallback.optional(),
  CGL_EMBEDDED: z.string().optional(),
});

export type ParsedEnv = z.output<typeof envSchema>;
