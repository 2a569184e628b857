// Preflight faults: defects in the environment rather than the app. They are applied to the embedded
// stack's env when it is made (applyPreflightFaults, called by targets/https-front/embedded.ts from
// src/embedded/stack.ts), so the preflight checks see a bad environment exactly as a user's run would.
// Pure data and a pure function: targets/faults.ts (imported by the edge middleware) composes this file.
import { ALL_APPS, type Fault } from './fault.ts';

export const PREFLIGHT_FAULTS = [
  {
    id: 'test-keys-on-production',
    area: 'preflight',
    description: 'The profile says production (CGL_ENVIRONMENT=production) but the keys are pk_test_/sk_test_.',
    caughtBy: 'preflight.production-keys',
    apps: ALL_APPS,
    // Test keys come from a development instance: the embedded stack runs one for this fault.
    instance: 'development',
    // A development instance: the headers project's auth.production-instance fails. A production profile: the
    // sign-up flow (development instances only) skips.
    masks: ['headers', 'auth.sign-up'],
  },
  {
    id: 'webhook-secret-not-given',
    area: 'preflight',
    description:
      'The app has its CLERK_WEBHOOK_SIGNING_SECRET, but the environment the checks run in was never given it.',
    caughtBy: 'preflight.webhook-secret',
    apps: ALL_APPS,
    // Unset is judged only on a production profile (live keys).
    instance: 'production',
    // The suite cannot sign deliveries: every webhooks check that needs a signature skips.
    masks: ['webhooks'],
  },
  {
    id: 'secret-key-of-another-instance',
    area: 'preflight',
    description:
      'The checks are given the secret key of another Clerk instance (same key type): the Backend ' +
      'API rejects it for this one.',
    caughtBy: 'preflight.secret-key-instance',
    apps: ALL_APPS,
    // The setup sign-in is refused (BAPI 401): every auth and api check skips; so does the user export, which
    // leaves a refused key to preflight.secret-key-instance.
    masks: ['auth', 'api', 'preflight.user-export'],
  },
  {
    id: 'fapi-proxy-missing',
    area: 'preflight',
    description:
      "Production keys on a domain they were not made for: the key's Frontend API host " +
      "(clerk.go-live.example.test) is not on the target's domain, and the app does not serve " +
      "Clerk's Frontend API proxy (/__clerk answers 404).",
    caughtBy: 'preflight.fapi-host',
    apps: ALL_APPS,
    // A development instance's Clerk-hosted FAPI is fine anywhere: the fault is a production one.
    instance: 'production',
    // Clerk cannot load: the setup sign-in fails (auth and api skip), and the headers project's CSP and
    // instance checks fail. The instance settings audit reads the Frontend API through the key's host: it skips;
    // so does the proxy SSRF probe (no proxy to probe). Clerk never loads on the healthy sign-in page either: the
    // outage drill's sign-in fallback skips.
    masks: [
      'preflight.fapi-proxy-ssrf',
      'auth',
      'api',
      'headers',
      'recovery',
      'preflight.instance-identifiers',
      'preflight.instance-password-policy',
      'preflight.instance-allowed-origins',
      'preflight.instance-session-mode',
      'preflight.instance-test-mode',
    ],
  },
  {
    id: 'fapi-proxy-follows-path-host',
    area: 'preflight',
    description:
      'The Frontend API proxy resolves the path after /__clerk as a URL reference (@clerk/backend 3.0.0-3.2.2, ' +
      'GHSA-gjxx-92w9-8v8f): /__clerk//other.host/... is sent to other.host with the Clerk-Secret-Key; every other ' +
      "proxied request still goes through Clerk's own proxy. (Not the Next.js app: Next normalises repeated '/'.)",
    caughtBy: 'preflight.fapi-proxy-ssrf',
    apps: ['express', 'hono'],
  },
  {
    id: 'development-instance-deployed',
    area: 'headers',
    description:
      'The checks are given the live keys, but the deployed app was built and started with the ' +
      "development instance's keys: the live page runs clerk-js in development mode (dev browser, " +
      '__clerk_db_jwt).',
    caughtBy: 'auth.production-instance',
    apps: ALL_APPS,
    // The app and the emulator run the development instance; the suite sees live keys and a production profile.
    instance: 'development',
    // The live keys are not the app's: the setup sign-in fails (auth and api skip), and
    // preflight.secret-key-instance fails.
    masks: ['auth', 'api', 'preflight'],
  },
] as const satisfies readonly Fault[];

/**
 * Where the stack keeps the servers' (app, emulator) own value of a variable a fault takes from the suite:
 * serverEnv() in targets/https-front/embedded.ts hands it back to them.
 */
export const SERVER_ONLY_ENV_NAMES = [
  'CGL_SERVER_CLERK_SECRET_KEY',
  'CGL_SERVER_CLERK_WEBHOOK_SIGNING_SECRET',
  'CGL_SERVER_CLERK_PUBLISHABLE_KEY',
] as const;

/** A well-formed secret key of the same type that is not this one (its random part rotated). */
function anotherInstanceKey(key: string): string {
  const prefix = /^sk_(?:live|test)_/.exec(key)?.[0] ?? 'sk_live_';
  const body = key.slice(prefix.length);
  return `${prefix}${body.slice(7)}${body.slice(0, 7)}`;
}

/** Changes the stack's env (in place) for the preflight faults named in CGL_FAULTS. */
export function applyPreflightFaults(values: Record<string, string>, faults: readonly string[]): void {
  if (faults.includes('test-keys-on-production') && !values.CLERK_SECRET_KEY?.startsWith('sk_live_'))
    values.CGL_ENVIRONMENT = 'production';
  // The servers keep the real values (CGL_SERVER_*); the suite sees none, or another instance's key.
  if (faults.includes('webhook-secret-not-given') && values.CLERK_WEBHOOK_SIGNING_SECRET) {
    values.CGL_SERVER_CLERK_WEBHOOK_SIGNING_SECRET = values.CLERK_WEBHOOK_SIGNING_SECRET;
    values.CLERK_WEBHOOK_SIGNING_SECRET = '';
  }
  // development-instance-deployed: the suite gets live keys of the same shape (pk_live_/sk_live_), the
  // servers keep the development instance's own.
  if (
    faults.includes('development-instance-deployed') &&
    values.CLERK_PUBLISHABLE_KEY?.startsWith('pk_test_') &&
    values.CLERK_SECRET_KEY
  ) {
    values.CGL_SERVER_CLERK_PUBLISHABLE_KEY = values.CLERK_PUBLISHABLE_KEY;
    values.CGL_SERVER_CLERK_SECRET_KEY = values.CLERK_SECRET_KEY;
    values.CLERK_PUBLISHABLE_KEY = values.CLERK_PUBLISHABLE_KEY.replace(/^pk_test_/, 'pk_live_');
    values.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY = values.CLERK_PUBLISHABLE_KEY;
    values.CLERK_SECRET_KEY = values.CLERK_SECRET_KEY.replace(/^sk_test_/, 'sk_live_');
    values.CGL_ENVIRONMENT = 'production';
  }
  if (faults.includes('secret-key-of-another-instance') && values.CLERK_SECRET_KEY) {
    values.CGL_SERVER_CLERK_SECRET_KEY = values.CLERK_SECRET_KEY;
    values.CLERK_SECRET_KEY = anotherInstanceKey(values.CLERK_SECRET_KEY);
  }
}
