// The zod schemas: the optional config file (non-secret settings only) and the environment variables.
// Messages say what is wrong without echoing values, so a secret pasted into the wrong field never leaks.
import { z } from 'zod';
import { SEVERITIES, type Severity } from '../checks/catalog.ts';
import { EVENT_TYPES } from '../webhooks/event-types.ts';

export const ENVIRONMENTS = ['production', 'staging', 'development'] as const;
export const oneOf = (values: readonly string[]) => (iss: { input?: unknown }) =>
  `${typeof iss.input === 'string' ? `is "${iss.input.slice(0, 40)}", but ` : ''}must be one of ${values.join(', ')}`;
export const SIGN_IN_STRATEGIES = ['password', 'email_code', 'ticket'] as const;
export const HTTP_METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

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

/** A host name as it appears in a URL (no scheme, port or path). */
const hostName = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/, {
    error: 'must be a host name such as staging.example.com (no scheme, port or path)',
  });

const apiRoute = z.strictObject({
  path: routePath,
  method: z.enum(HTTP_METHODS, { error: oneOf(HTTP_METHODS) }).optional(),
  denied: statusList.optional(),
  allowed: statusList.optional(),
});

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
    })
    .optional(),
  paths: z
    .strictObject({
      signIn: signInLocation.optional(),
      afterSignIn: routePath.optional(),
      afterSignOut: routePath.optional(),
    })
    .optional(),
  webhook: z
    .strictObject({
      path: routePath.optional(),
      rejectStatuses: statusList.optional(),
      allowStateChanges: z.boolean({ error: 'must be true or false' }).optional(),
      events: z.array(webhookEvent).min(1, { error: 'needs at least one event' }).optional(),
      probeUrl: probeUrl.optional(),
    })
    .optional(),
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

const pathList = z.string().transform(commaList).pipe(z.array(routePath));

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
  CGL_SIGN_IN_PATH: signInLocation.optional(),
  CGL_AFTER_SIGN_IN_PATH: routePath.optional(),
  CGL_AFTER_SIGN_OUT_PATH: routePath.optional(),
  CGL_WEBHOOK_PATH: routePath.optional(),
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
  CGL_TLS_CA_FILE: z.string().trim().min(1, { error: 'is empty: name a PEM file, or unset it' }).optional(),
  CGL_TLS_INSECURE_HOSTS: z.string().transform(commaList).pipe(z.array(hostName)).optional(),
  CGL_EMBEDDED: z.string().optional(),
});

export type ParsedEnv = z.output<typeof envSchema>;
