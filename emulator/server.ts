/**
 * startEmulator: a local Clerk with FAPI and BAPI on two loopback ports, serving the instance type
 * the publishable key names (pk_test_ development, pk_live_ production). FAPI and BAPI are separate
 * listeners because their paths overlap (e.g. /v1/jwks).
 */
import { bapiHandlers } from './bapi/index.ts';
import { isAuthorized, unauthorized } from './bapi/auth.ts';
import { createContext, type EmulatorContext } from './context.ts';
import type { InstanceFile } from './instance-config.ts';
import { MISSING_ASSETS_HINT, missingAssetPackages } from './fapi/assets.ts';
import { fapiHandlers } from './fapi/index.ts';
import { originHandlers } from './fapi/origins.ts';
import { faultHandlers, parseFaultRules, type FaultRule } from './http/faults.ts';
import { faultSwitchHandlers, newFaultSwitch, switchFaults } from './http/fault-switch.ts';
import { noHandler, serveHandlers } from './http/serve.ts';
import { mintSessionToken } from './session-token.ts';
import type { Clock } from './state/expiring-map.ts';
import { pruneState, stateSizes } from './state/index.ts';
import type { NewUser } from './state/users.ts';
import { clerkEvent } from './webhooks/events.ts';
import { WebhookSender, type Delivery, type WebhookOptions } from './webhooks/sender.ts';

export interface StartEmulatorOptions {
  /** 0 or absent: any free port. */
  fapiPort?: number;
  bapiPort?: number;
  publishableKey: string;
  secretKey: string;
  users: NewUser[];
  /**
   * The instance configuration file (JSON, instance-config.ts: attributes, password policy, sign-up and session
   * mode, allowed origins, test mode, social connections; also CGL_EMULATOR_INSTANCE_FILE). Default: none.
   */
  instanceFile?: string;
  /** Instance settings over the file's, same shape (also CGL_EMULATOR_INSTANCE, inline JSON). */
  instance?: InstanceFile;
  /** Several signed-in sessions per browser (Clerk's multi-session mode); default single-session. Overrides the file. */
  multiSession?: boolean;
  /** POST Svix-signed Clerk events here on state changes (also: CGL_EMULATOR_WEBHOOK_URL in the CLI). */
  webhooks?: WebhookOptions;
  /** Injected faults: rules or the CGL_EMULATOR_FAULTS syntax (http/faults.ts). Off by default. */
  faults?: FaultRule[] | string;
  /** Defects of the emulated Clerk, for fault tests (context.ts EMULATOR_DEFECTS; CGL_EMULATOR_DEFECTS). */
  defects?: readonly string[];
  /** Lifetime of session JWTs; Clerk's default is 60 s. */
  sessionTokenLifetimeSeconds?: number;
  /**
   * A production instance's root domain: FAPI refuses origins outside it and its subdomains, as Clerk does
   * (fapi/origins.ts; also CGL_EMULATOR_DOMAIN). Unset: every origin is answered.
   */
  domain?: string;
  /** Allowed Subdomains on: only these subdomains of `domain` (CGL_EMULATOR_ALLOWED_SUBDOMAINS). */
  allowedSubdomains?: string[];
  /** The instance's allowed_origins (CGL_EMULATOR_ALLOWED_ORIGINS). */
  allowedOrigins?: string[];
  /** Log one line per request to stderr (also: CGL_EMULATOR_LOG=1). */
  log?: boolean;
  /** Clock in ms, for tests that move time. */
  now?: Clock;
  /** Called with every response either API sends (contract tests validate shapes with it). */
  onExchange?: (exchange: EmulatorExchange) => void;
}

/** One answered request: `body` is the parsed JSON, or undefined when the response is not JSON. */
export interface EmulatorExchange {
  surface: 'fapi' | 'bapi';
  method: string;
  path: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

export interface RunningEmulator {
  fapiUrl: string;
  bapiUrl: string;
  /** The `kid` of the signing key and its PEM (what Clerk calls the JWT public key). */
  jwtKid: string;
  jwtPublicKeyPem: string;
  /**
   * A genuinely signed session token with chosen times, for tests of expired (`issuedAt` in the past)
   * and not-yet-valid (in the future) tokens. `issuedAt` in ms; nbf = iat - 10 s as Clerk does.
   */
  mintSessionToken(sessionId: string, times?: { issuedAt?: number; lifetimeSeconds?: number; azp?: string }): string;
  /** Webhook deliveries so far, and a promise that resolves once the queue is drained; null without webhooks. */
  webhooks: { deliveries: readonly Delivery[]; idle(): Promise<void> } | null;
  /** Records held per expiring store (benchmarks and tests check that state stays bounded). */
  /** Replaces the faults switched at run time (CGL_EMULATOR_FAULTS syntax; '' switches them off): http/fault-switch.ts. */
  setFaults(spec: string): void;
  stateSizes(): Record<string, number>;
  /** Drops expired records now (a timer does it every minute). */
  prune(): void;
  close(): Promise<void>;
}

export async function startEmulator(options: StartEmulatorOptions): Promise<RunningEmulator> {
  const ctx = createContext(options);
  seedUsers(ctx, options.users);

  const missing = missingAssetPackages();
  if (missing.length > 0) console.error(`${MISSING_ASSETS_HINT} (missing: ${missing.join(', ')})`);

  const log = options.log ?? process.env.CGL_EMULATOR_LOG === '1';
  const { onExchange } = options;
  const onResponse = (name: string) =>
    log || onExchange
      ? (request: Request, response: Response, body: Buffer) => {
          const url = new URL(request.url);
          if (log) console.error(`[clerk-emulator ${name}] ${request.method} ${url.pathname} -> ${response.status}`);
          if (onExchange) onExchange(toExchange(name, request.method, url.pathname, response, body));
        }
      : undefined;

  const startup = typeof options.faults === 'string' ? parseFaultRules(options.faults) : (options.faults ?? []);
  const switched = newFaultSwitch();
  const faults = () => [...startup, ...switched.rules];
  const sender = options.webhooks ? new WebhookSender(options.webhooks) : null;
  const stopSending = sender ? ctx.state.events.on((event) => sender.send(clerkEvent(ctx, event))) : () => undefined;
  // A session is created only by a completed sign-in (or sign-up): the log line the bench counts sign-ins by.
  const stopLogging = log
    ? ctx.state.events.on((event) => {
        if (event.type === 'session.created') console.error('[clerk-emulator] session created (a completed sign-in)');
      })
    : () => undefined;
  const stopEvents = () => {
    stopSending();
    stopLogging();
  };

  // Stores also drop expired records when written; this catches the ones nobody writes any more.
  const pruner = setInterval(() => pruneState(ctx.state), 60_000);
  pruner.unref();

  const fapi = await serveHandlers([...faultHandlers('fapi', faults), ...originHandlers(ctx), ...fapiHandlers(ctx)], {
    name: 'FAPI',
    port: options.fapiPort ?? 0,
    onResponse: onResponse('FAPI'),
  });
  const bapi = await serveHandlers(
    [...faultSwitchHandlers(ctx, switched), ...faultHandlers('bapi', faults), ...bapiHandlers(ctx)],
    {
      name: 'BAPI',
      port: options.bapiPort ?? 0,
      // Clerk checks the secret key before routing: an unknown path without it is still a 401.
      fallback: (request) => (isAuthorized(ctx, request) ? noHandler('BAPI')(request) : unauthorized()),
      onResponse: onResponse('BAPI'),
    },
  ).catch(async (error: unknown) => {
    await fapi.close();
    throw error;
  });

  return {
    fapiUrl: fapi.url,
    bapiUrl: bapi.url,
    jwtKid: ctx.key.kid,
    jwtPublicKeyPem: ctx.key.publicPem,
    mintSessionToken: (sessionId, times = {}) => {
      const session = ctx.state.sessions.get(sessionId);
      if (!session) throw new Error(`Clerk emulator: no session ${sessionId}`);
      const at = times.issuedAt ?? ctx.now();
      return mintSessionToken({ ...ctx, now: () => at }, session, times.azp ?? null, times.lifetimeSeconds);
    },
    setFaults: (spec) => switchFaults(switched, spec),
    stateSizes: () => stateSizes(ctx.state),
    prune: () => pruneState(ctx.state),
    webhooks: sender ? { deliveries: sender.deliveries, idle: () => sender.idle() } : null,
    close: async () => {
      clearInterval(pruner);
      stopEvents();
      sender?.close();
      await Promise.all([fapi.close(), bapi.close()]);
    },
  };
}

function toExchange(name: string, method: string, path: string, response: Response, raw: Buffer): EmulatorExchange {
  const headers = Object.fromEntries(response.headers);
  let body: unknown;
  if ((headers['content-type'] ?? '').startsWith('application/json')) {
    try {
      body = JSON.parse(raw.toString('utf8'));
    } catch {
      body = raw.toString('utf8');
    }
  }
  return { surface: name === 'BAPI' ? 'bapi' : 'fapi', method, path, status: response.status, headers, body };
}

function seedUsers(ctx: EmulatorContext, users: NewUser[]): void {
  for (const user of users) ctx.state.users.create(user);
}
