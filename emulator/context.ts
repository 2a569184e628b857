/** Everything a request handler needs: the instance's configuration, its signing key and state. */
import { createHash } from 'node:crypto';

import { createSigningKey, type SigningKey } from './jwt.ts';
import { decodePublishableKey, secretKeyKind, type InstanceKind } from './keys.ts';
import { createState, type EmulatorState } from './state/index.ts';
import type { Clock } from './state/expiring-map.ts';
import type { OriginRules } from './fapi/origins.ts';
import {
  parseInstanceFile,
  readInstanceFile,
  resolveInstance,
  type InstanceFile,
  type InstanceSettings,
} from './instance-config.ts';

export interface EmulatorConfig {
  publishableKey: string;
  secretKey: string;
  /** Frontend API host encoded in the publishable key. */
  host: string;
  kind: InstanceKind;
  /** `iss` of every session token: `https://<host>`. */
  issuer: string;
  /** Suffix of Clerk's `_<suffix>` cookie variants: base64url(SHA-1(publishable key)), first 8 chars. */
  cookieSuffix: string;
  sessionTokenLifetimeSeconds: number;
  /** Clerk's default: one signed-in account per browser. Multi-session lets a client hold several. */
  singleSession: boolean;
  /** A production instance's origin rules (fapi/origins.ts); null: every origin is answered. */
  origins: OriginRules | null;
  /** Everything the instance allows (instance-config.ts): what /v1/environment and /v1/instance report. */
  instance: InstanceSettings;
  /** Backend defects switched on to prove the suite catches them (EMULATOR_DEFECTS); none by default. */
  defects: readonly EmulatorDefect[];
}

/**
 * Defects of the emulated Clerk itself, for fault tests (CGL_EMULATOR_DEFECTS, comma list):
 * users-list-ignores-offset: GET /v1/users answers the first page whatever `offset` asks, so paging an export
 * repeats users and never reaches the rest.
 */
export const EMULATOR_DEFECTS = ['users-list-ignores-offset'] as const;
export type EmulatorDefect = (typeof EMULATOR_DEFECTS)[number];

/** Names every unknown defect, so a typo never silently turns a fault test into a clean run. */
export function parseDefects(names: readonly string[]): EmulatorDefect[] {
  const unknown = names.filter((name) => !(EMULATOR_DEFECTS as readonly string[]).includes(name));
  if (unknown.length > 0)
    throw new Error(`Clerk emulator: unknown defect ${unknown.join(', ')} (known: ${EMULATOR_DEFECTS.join(', ')})`);
  return names as EmulatorDefect[];
}

export interface EmulatorContext {
  config: EmulatorConfig;
  key: SigningKey;
  state: EmulatorState;
  now: Clock;
}

export interface ContextOptions {
  publishableKey: string;
  secretKey: string;
  /** A JSON instance configuration file (instance-config.ts); the options below override it. */
  instanceFile?: string;
  /** Instance settings over the file's (same shape); the single options below override both. */
  instance?: InstanceFile;
  sessionTokenLifetimeSeconds?: number;
  multiSession?: boolean;
  /**
   * A production instance's root domain: FAPI then refuses origins outside it and its subdomains (and
   * `allowedOrigins`), as Clerk does. Unset: every origin is answered.
   */
  domain?: string;
  /** Allowed Subdomains on, with these subdomains (full host names) the only ones accepted. */
  allowedSubdomains?: string[];
  /** The instance's allowed_origins. */
  allowedOrigins?: string[];
  /** Defects to switch on (EMULATOR_DEFECTS). */
  defects?: readonly string[];
  now?: Clock;
}

export function createContext(options: ContextOptions): EmulatorContext {
  const decoded = decodePublishableKey(options.publishableKey);
  if (!decoded) {
    throw new Error(
      'Clerk emulator: publishableKey is not a Clerk publishable key (pk_test_/pk_live_ + base64("<host>$"))',
    );
  }
  const skKind = secretKeyKind(options.secretKey);
  if (skKind !== decoded.kind) {
    throw new Error(
      `Clerk emulator: the secret key must be a ${decoded.kind} key (${decoded.kind === 'development' ? 'sk_test_' : 'sk_live_'}...) to match the publishable key`,
    );
  }
  const instance = resolveInstance(
    decoded.kind,
    options.instanceFile ? readInstanceFile(options.instanceFile) : undefined,
    options.instance ? parseInstanceFile(options.instance, 'the instance option') : undefined,
    {
      sessionTokenLifetimeSeconds: options.sessionTokenLifetimeSeconds,
      sessionMode: options.multiSession === undefined ? undefined : options.multiSession ? 'multi' : 'single',
      domain: options.domain,
      allowedSubdomains: options.allowedSubdomains,
      allowedOrigins: options.allowedOrigins,
    },
  );
  const lifetime = instance.sessionTokenLifetimeSeconds;
  if (!Number.isInteger(lifetime) || lifetime < 5) {
    throw new Error(`Clerk emulator: sessionTokenLifetimeSeconds must be an integer >= 5 (got ${lifetime})`);
  }
  const now = options.now ?? Date.now;
  return {
    config: {
      publishableKey: options.publishableKey,
      secretKey: options.secretKey,
      host: decoded.host,
      kind: decoded.kind,
      issuer: `https://${decoded.host}`,
      cookieSuffix: createHash('sha1').update(options.publishableKey).digest('base64url').slice(0, 8),
      sessionTokenLifetimeSeconds: lifetime,
      singleSession: instance.sessionMode === 'single',
      origins: instance.domain
        ? {
            domain: instance.domain,
            allowedSubdomains: instance.allowedSubdomains,
            allowedOrigins: instance.allowedOrigins,
          }
        : null,
      instance,
      defects: parseDefects(options.defects ?? []),
    },
    key: createSigningKey(),
    state: createState(now),
    now,
  };
}
