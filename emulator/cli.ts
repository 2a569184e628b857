/**
 * `npm run emulator`: a standalone Clerk emulator, serving the instance type its publishable key names.
 *
 * Reads (all optional): CGL_EMULATOR_FAPI_PORT, CGL_EMULATOR_BAPI_PORT (default: any free port),
 * CLERK_PUBLISHABLE_KEY (default: the emulator's key for CGL_INSTANCE=production|development, else
 * development), CLERK_SECRET_KEY (generated for that instance type when absent),
 * CLERK_WEBHOOK_SIGNING_SECRET, CGL_EMULATOR_WEBHOOK_URL (POST signed Clerk events there),
 * CGL_TEST_USER_EMAIL, CGL_TEST_USER_PASSWORD (generated when absent), CGL_TEST_USER_PHONE,
 * CGL_EMULATOR_INSTANCE_FILE (the instance configuration, instance-config.ts), CGL_EMULATOR_INSTANCE (the same
 * shape inline, as JSON, over the file's), and over both: CGL_EMULATOR_TOKEN_LIFETIME (seconds, default 60),
 * CGL_EMULATOR_MULTI_SESSION=1 (0: single),
 * CGL_EMULATOR_FAULTS (emulator/http/faults.ts), CGL_EMULATOR_DEFECTS (context.ts), CGL_EMULATOR_LOG=1; for a production instance, its origin
 * rules (fapi/origins.ts): CGL_EMULATOR_DOMAIN (root domain, default localhost),
 * CGL_EMULATOR_ALLOWED_SUBDOMAINS (comma list: Allowed Subdomains on), CGL_EMULATOR_ALLOWED_ORIGINS.
 * Prints the env an app needs without its secrets, and writes the full env, secrets included, to
 * <project>/.clerk-go-live/emulator.env (mode 600; CGL_EMULATOR_ENV_FILE to move it). Under the embedded stack
 * (CGL_EMBEDDED=1) the caller already holds the env, and concurrent runs must not overwrite each
 * other's file, so none is written.
 */
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { stateDir } from '../src/project/dirs.ts';

import {
  alphanumeric,
  decodePublishableKey,
  emulatorPublishableKey,
  generateSecretKey,
  generateWebhookSecret,
} from './keys.ts';
import { startEmulator } from './server.ts';
import { InstanceFileError, parseInstanceFile, readInstanceFile, type InstanceFile } from './instance-config.ts';

const DEFAULT_ENV_FILE = join(stateDir(), 'emulator.env');
export const DEFAULT_TEST_USER_EMAIL = 'go-live+clerk_test@example.com';

function port(name: string): number {
  const raw = process.env[name];
  if (!raw) return 0;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65535)
    throw new Error(`${name} must be a port number (got "${raw}")`);
  return value;
}

const list = (value: string) =>
  value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** CGL_EMULATOR_INSTANCE: instance settings as inline JSON (the fault switches use it). */
function inlineInstance(raw: string | undefined): InstanceFile | undefined {
  if (!raw) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new InstanceFileError('Clerk emulator: CGL_EMULATOR_INSTANCE is not JSON');
  }
  return parseInstanceFile(json, 'CGL_EMULATOR_INSTANCE');
}

async function main(): Promise<void> {
  const env = process.env;
  const publishableKey =
    env.CLERK_PUBLISHABLE_KEY ||
    emulatorPublishableKey(env.CGL_INSTANCE === 'production' ? 'production' : 'development');
  const kind = decodePublishableKey(publishableKey)?.kind ?? 'development';
  const secretKey = env.CLERK_SECRET_KEY || generateSecretKey(kind);
  const webhookSecret = env.CLERK_WEBHOOK_SIGNING_SECRET || generateWebhookSecret();
  const email = env.CGL_TEST_USER_EMAIL || DEFAULT_TEST_USER_EMAIL;
  const password = env.CGL_TEST_USER_PASSWORD || `${alphanumeric(20)}-Aa1`;
  const lifetime = env.CGL_EMULATOR_TOKEN_LIFETIME ? Number(env.CGL_EMULATOR_TOKEN_LIFETIME) : undefined;
  const instanceFile = env.CGL_EMULATOR_INSTANCE_FILE || undefined;
  const instance = inlineInstance(env.CGL_EMULATOR_INSTANCE);
  // A local production stack's domain is localhost unless the variable, the file or the inline settings say.
  const configuredDomain =
    env.CGL_EMULATOR_DOMAIN || instance?.domain || (instanceFile ? readInstanceFile(instanceFile).domain : undefined);
  const domain = configuredDomain || 'localhost';

  const emulator = await startEmulator({
    fapiPort: port('CGL_EMULATOR_FAPI_PORT'),
    bapiPort: port('CGL_EMULATOR_BAPI_PORT'),
    publishableKey,
    secretKey,
    users: [
      { emailAddress: email, password, firstName: 'Go', lastName: 'Live' },
      ...(env.CGL_TEST_USER_PHONE
        ? [{ phoneNumber: env.CGL_TEST_USER_PHONE, firstName: 'Go', lastName: 'Phone' }]
        : []),
    ],
    instanceFile,
    instance,
    sessionTokenLifetimeSeconds: lifetime,
    multiSession: env.CGL_EMULATOR_MULTI_SESSION ? env.CGL_EMULATOR_MULTI_SESSION === '1' : undefined,
    webhooks: env.CGL_EMULATOR_WEBHOOK_URL ? { url: env.CGL_EMULATOR_WEBHOOK_URL, secret: webhookSecret } : undefined,
    faults: env.CGL_EMULATOR_FAULTS || undefined,
    defects: list(env.CGL_EMULATOR_DEFECTS ?? ''),
    // A production instance answers its own domain and its subdomains, as Clerk's does; a local stack's is localhost.
    ...(kind === 'production' && {
      domain,
      ...(env.CGL_EMULATOR_ALLOWED_SUBDOMAINS && { allowedSubdomains: list(env.CGL_EMULATOR_ALLOWED_SUBDOMAINS) }),
      ...(env.CGL_EMULATOR_ALLOWED_ORIGINS !== undefined && {
        allowedOrigins: list(env.CGL_EMULATOR_ALLOWED_ORIGINS),
      }),
    }),
  });

  const publicEnv = {
    CLERK_PUBLISHABLE_KEY: publishableKey,
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: publishableKey,
    CLERK_API_URL: emulator.bapiUrl,
    CLERK_FAPI_URL: emulator.fapiUrl,
    CGL_EMULATOR_FAPI_PORT: new URL(emulator.fapiUrl).port,
    CGL_EMULATOR_BAPI_PORT: new URL(emulator.bapiUrl).port,
    CGL_TEST_USER_EMAIL: email,
  };
  const secretEnv = {
    CLERK_SECRET_KEY: secretKey,
    CLERK_WEBHOOK_SIGNING_SECRET: webhookSecret,
    CGL_TEST_USER_PASSWORD: password,
  };

  const envFile = env.CGL_EMBEDDED === '1' ? null : env.CGL_EMULATOR_ENV_FILE || DEFAULT_ENV_FILE;
  if (envFile) {
    mkdirSync(dirname(envFile), { recursive: true });
    const lines = Object.entries({ ...publicEnv, ...secretEnv }).map(([k, v]) => `${k}=${v}`);
    writeFileSync(envFile, `${lines.join('\n')}\n`, { mode: 0o600 });
    chmodSync(envFile, 0o600);
  }

  console.log(`Clerk emulator (${kind} instance) running\n  FAPI ${emulator.fapiUrl}\n  BAPI ${emulator.bapiUrl}\n`);
  if (kind === 'production')
    console.log(
      `Origins: ${domain} and ${env.CGL_EMULATOR_ALLOWED_SUBDOMAINS ? `the allowed subdomains ${env.CGL_EMULATOR_ALLOWED_SUBDOMAINS}` : 'all its subdomains'} (CGL_EMULATOR_DOMAIN, CGL_EMULATOR_ALLOWED_SUBDOMAINS, CGL_EMULATOR_ALLOWED_ORIGINS)`,
    );
  console.log('Environment for an app (secrets are in the env file, not printed):');
  for (const [k, v] of Object.entries(publicEnv)) console.log(`  ${k}=${v}`);
  if (envFile)
    console.log(`\nFull env (CLERK_SECRET_KEY, CLERK_WEBHOOK_SIGNING_SECRET, CGL_TEST_USER_PASSWORD): ${envFile}`);
  if (env.CGL_EMULATOR_WEBHOOK_URL)
    console.log(`Webhooks: POST ${env.CGL_EMULATOR_WEBHOOK_URL} (signed with CLERK_WEBHOOK_SIGNING_SECRET)`);
  if (env.CGL_EMULATOR_FAULTS) console.log(`Injected faults: ${env.CGL_EMULATOR_FAULTS}`);
  if (instanceFile) console.log(`Instance configuration: ${instanceFile}`);
  console.log('Press Ctrl+C to stop.');

  const stop = () => {
    void emulator.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
