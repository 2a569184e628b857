/**
 * Clerk key formats. A publishable key is `pk_test_` / `pk_live_` + base64(`<frontend api host>$`);
 * the host must contain a dot, and a development host must end in a Clerk dev suffix
 * (`.accounts.dev`), or clerk-js skips the dev-browser setup (see DESIGN.md).
 */
import { randomBytes } from 'node:crypto';

export type InstanceKind = 'development' | 'production';

/** Host baked into the emulator's development publishable key (never resolved: FAPI is reached via the proxy). */
export const EMULATOR_DEV_HOST = 'clerk-go-live.clerk.accounts.dev';

const PK_PREFIX: Record<InstanceKind, string> = { development: 'pk_test_', production: 'pk_live_' };
const SK_PREFIX: Record<InstanceKind, string> = { development: 'sk_test_', production: 'sk_live_' };

export function publishableKeyFor(host: string, kind: InstanceKind): string {
  return PK_PREFIX[kind] + Buffer.from(`${host}$`, 'utf8').toString('base64');
}

export const EMULATOR_DEV_PUBLISHABLE_KEY = publishableKeyFor(EMULATOR_DEV_HOST, 'development');

/** Host baked into the emulator's production publishable key: any dotted host works for pk_live_. */
export const EMULATOR_PROD_HOST = 'clerk.go-live.example.test';

export const EMULATOR_PROD_PUBLISHABLE_KEY = publishableKeyFor(EMULATOR_PROD_HOST, 'production');

/** The emulator's publishable key for an instance kind. */
export const emulatorPublishableKey = (kind: InstanceKind): string =>
  kind === 'production' ? EMULATOR_PROD_PUBLISHABLE_KEY : EMULATOR_DEV_PUBLISHABLE_KEY;

/** `{ host, kind }` of a well-formed publishable key, else null. */
export function decodePublishableKey(pk: string): { host: string; kind: InstanceKind } | null {
  const kind = (Object.keys(PK_PREFIX) as InstanceKind[]).find((k) => pk.startsWith(PK_PREFIX[k]));
  if (!kind) return null;
  const encoded = pk.slice(PK_PREFIX[kind].length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) return null;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  if (!decoded.endsWith('$')) return null;
  const host = decoded.slice(0, -1);
  if (!/^[a-z0-9.-]+(:\d+)?$/i.test(host) || !host.includes('.')) return null;
  return { host, kind };
}

/** Random secret key of Clerk's shape: `sk_test_` / `sk_live_` + 40 alphanumerics. */
export function generateSecretKey(kind: InstanceKind = 'development'): string {
  return SK_PREFIX[kind] + alphanumeric(40);
}

/** The instance kind a secret key belongs to, or null when it is not a Clerk secret key. */
export function secretKeyKind(sk: string): InstanceKind | null {
  const kind = (Object.keys(SK_PREFIX) as InstanceKind[]).find((k) => sk.startsWith(SK_PREFIX[k]));
  return kind && sk.length > SK_PREFIX[kind].length ? kind : null;
}

/** Svix-style webhook signing secret: `whsec_` + base64 of 32 random bytes. */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Unbiased random alphanumeric string (rejection sampling over random bytes). */
export function alphanumeric(length: number): string {
  let out = '';
  while (out.length < length) {
    for (const byte of randomBytes(length * 2)) {
      if (byte < 248 && out.length < length) out += ALPHANUMERIC[byte % 62];
    }
  }
  return out;
}
