// The target profile: everything the suite knows about the app under test. Tests take it from fixtures and
// never read process.env themselves.
import type { Severity } from '../checks/catalog.ts';
import type { InstanceExpectations } from '../checks/instance-settings.ts';
import type { Waiver } from '../checks/gate.ts';
import type { InstanceType } from './clerk-keys.ts';
import type { Environment, HttpMethod, SignInStrategy } from './schema.ts';
import type { Secret } from './secret.ts';
import type { EventType } from '../webhooks/event-types.ts';

export type { Environment, HttpMethod, InstanceType, Severity, SignInStrategy, Waiver };

/**
 * How a signed-in answer is recognised as the signed-in user's: their user id somewhere in the body (default),
 * their email in the body, the value at a JSON path or in a response header equal to the id or the email, or
 * 'none' (a list of the user's items that names nobody): served signed in and different from the signed-out answer.
 */
export type ForUser = 'userId' | 'email' | 'none' | { jsonPath: string } | { header: string };

export interface ProtectedApiRoute {
  /** The path as requested: `:params` already filled from the profile. */
  path: string;
  /** The path as written, when it had `:params` (e.g. /api/orgs/:orgId/notes): fix texts name the pattern. */
  pattern?: string;
  method: HttpMethod;
  /** A JSON body (object or array) sent with content-type application/json by every check that calls the route. */
  body?: unknown;
  /** A form body sent as application/x-www-form-urlencoded (never together with `body`). */
  form?: Record<string, string>;
  /** Extra request headers every check sends (not secrets: the checks set authorization and cookies). */
  headers?: Record<string, string>;
  /** Statuses that count as "denied" signed out (a redirect to sign-in or the handshake counts too). */
  denied: number[];
  /** Statuses that count as "allowed" signed in. */
  allowed: number[];
  forUser: ForUser;
  /**
   * A write (any method but GET/HEAD) whose signed-in requests may be sent to a production target: they really
   * write there. False: on a production profile the checks that would succeed signed in skip it.
   */
  allowStateChanges: boolean;
}

/** The route lists; each may be empty, which makes the checks that probe it skip. */
export type RouteListName = 'publicPages' | 'protectedPages' | 'protectedApi' | 'publicApi' | 'errorRoutes';

export interface RouteTable {
  publicPages: string[];
  protectedPages: string[];
  protectedApi: ProtectedApiRoute[];
  publicApi: string[];
  /** The app's own routes that fail on purpose (e.g. a Sentry test route): probed for stack traces. */
  errorRoutes: string[];
  /** Where each list came from (a variable, a config file key, or "the defaults"), for skip reasons. */
  setBy: Record<RouteListName, string>;
}

export interface Profile {
  /** Origin (plus path, if any) of the app under test, without a trailing slash. */
  baseURL: string;
  environment: Environment;
  /** True when playwright.config.ts runs the bundled reference app and emulator (no TARGET_URL given). */
  embedded: boolean;
  clerk: {
    publishableKey: string;
    instanceType: InstanceType;
    /** Frontend API host encoded in the publishable key. */
    frontendApi: string;
    secretKey?: Secret;
    apiUrl: string;
  };
  webhook: {
    /** null: the profile says the app has no webhook endpoint (webhook: false, CGL_WEBHOOK_PATH=none); the checks skip. */
    path: string | null;
    /** CLERK_WEBHOOK_SIGNING_SECRET (or the older CLERK_WEBHOOK_SECRET). */
    secret?: Secret;
    /** Statuses that count as rejecting a badly signed event. */
    rejectStatuses: number[];
    /** Whether state-changing events (user.created, …) may be delivered to a production target. */
    allowStateChanges: boolean;
    /** The events the positive replay sends (default: all for the bundled app, the user.* trio otherwise). */
    events: EventType[];
    /** Side-effect probe: a path or URL with {id}; it answers 2xx when the user exists, 404 (or { exists: false }) when not. */
    probeUrl?: string;
  };
  /** Absent when no test user is configured: signed-in checks skip. */
  testUser?: {
    email: string;
    password?: Secret;
    strategy: SignInStrategy;
  };
  routes: RouteTable;
  paths: {
    /** A path on the target, or a full URL when sign-in is on Clerk's Account Portal. */
    signIn: string;
    afterSignIn: string;
    afterSignOut: string;
  };
  auth: {
    /** Longest acceptable session token lifetime (exp - iat), seconds. */
    maxTokenLifetimeSeconds: number;
    /** Origins the app is served from: session tokens' azp and sign-in redirects must stay among them. */
    authorizedOrigins: string[];
  };
  headers: {
    hstsMinMaxAge: number;
    requireHsts: boolean;
    /** Where the target answers plain http (CGL_HTTP_URL); default: port 80 of the target's host. */
    httpURL?: string;
  };
  /**
   * What the team says its Clerk instance allows (`instance` in the settings file, CGL_EXPECT_*): the instance
   * settings audit judges each stated field; an absent one is not judged.
   */
  instance: InstanceExpectations;
  /** Which framework the fix texts speak: set, or auto (detected once per worker from the target). */
  framework: 'nextjs' | 'express' | 'generic' | 'auto';
  tls: {
    /** PEM file of a CA the target's certificate chains to, as given (relative: to the project); null: none. */
    caFile: string | null;
    /** Hosts whose certificate errors are ignored when the target is one of them. */
    insecureHosts: string[];
  };
  /** Auth latency budgets (p95, ms) and the load burst (src/config/profile-latency.ts). */
  latency: LatencySettings;
  /** The Clerk outage drill (src/config/profile-clerk-down.ts). */
  clerkDown: ClerkDownSettings;
  /** From which severity a failed check fails the run (CGL_FAIL_ON, `failOn`); below it: a finding. */
  failOn: Severity;
  /** Failing checks the team accepts until a date (the config file's `waivers`). */
  waivers: Waiver[];
  /** The config file that was merged in, if any. */
  configFile: string | null;
  /** Hints that do not stop the run (a deprecated variable name, checks that will skip). */
  warnings: string[];
  /** The raw values of every secret, for redaction only (see redact()). */
  secretValues(): string[];
}

export interface ClerkDownSettings {
  /** How long the sign-in page may take to show its fallback while Clerk fails, ms. */
  budgetMs: number;
  /** The fallback as the team names it: text it shows, or a CSS selector; null: judged by the page's new text. */
  fallback: { kind: 'text' | 'selector'; value: string } | null;
}

export interface LatencySettings {
  /** p95 budgets, ms. */
  budgets: { api: number; signInTtfb: number; clerkLoaded: number; fapi: number };
  /** Whether the protected API and FAPI measures run as a concurrent burst (else a handful of sequential requests). */
  burst: boolean;
  burstConcurrency: number;
  burstSeconds: number;
}
