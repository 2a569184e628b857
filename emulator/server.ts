/**
 * startEmulator: a local Clerk (development instance) with FAPI and BAPI on two loopback ports.
 * FAPI and BAPI are separate listeners because their paths overlap (e.g. /v1/jwks).
 */
import { bapiHandlers } from './bapi/index.ts';
import { isAuthorized, unauthorized } from './bapi/auth.ts';
import { createContext, type EmulatorContext } from './context.ts';
import { MISSING_ASSETS_HINT, missingAssetPackages } from './fapi/assets.ts';
import { fapiHandlers } from './fapi/index.ts';
import { noHandler, serveHandlers } from './http/serve.ts';
import type { Clock } from './state/expiring-map.ts';
import type { NewUser } from './state/users.ts';

export interface StartEmulatorOptions {
  /** 0 or absent: any free port. */
  fapiPort?: number;
  bapiPort?: number;
  publishableKey: string;
  secretKey: string;
  users: { emailAddress: string; password: string; firstName?: string; lastName?: string }[];
  /** Lifetime of session JWTs; Clerk's default is 60 s. */
  sessionTokenLifetimeSeconds?: number;
  /** Log one line per request to stderr (also: CGL_EMULATOR_LOG=1). */
  log?: boolean;
  /** Clock in ms, for tests that move time. */
  now?: Clock;
}

export interface RunningEmulator {
  fapiUrl: string;
  bapiUrl: string;
  /** The `kid` of the signing key and its PEM (what Clerk calls the JWT public key). */
  jwtKid: string;
  jwtPublicKeyPem: string;
  close(): Promise<void>;
}

export async function startEmulator(options: StartEmulatorOptions): Promise<RunningEmulator> {
  const ctx = createContext(options);
  seedUsers(ctx, options.users);

  const missing = missingAssetPackages();
  if (missing.length > 0) console.error(`${MISSING_ASSETS_HINT} (missing: ${missing.join(', ')})`);

  const log = options.log ?? process.env.CGL_EMULATOR_LOG === '1';
  const onResponse = (name: string) =>
    log
      ? (request: Request, response: Response) => {
          const url = new URL(request.url);
          console.error(`[clerk-emulator ${name}] ${request.method} ${url.pathname} -> ${response.status}`);
        }
      : undefined;

  const fapi = await serveHandlers(fapiHandlers(ctx), { name: 'FAPI', port: options.fapiPort ?? 0, onResponse: onResponse('FAPI') });
  const bapi = await serveHandlers(bapiHandlers(ctx), {
    name: 'BAPI',
    port: options.bapiPort ?? 0,
    // Clerk checks the secret key before routing: an unknown path without it is still a 401.
    fallback: request => (isAuthorized(ctx, request) ? noHandler('BAPI')(request) : unauthorized()),
    onResponse: onResponse('BAPI'),
  }).catch(async (error: unknown) => {
    await fapi.close();
    throw error;
  });

  return {
    fapiUrl: fapi.url,
    bapiUrl: bapi.url,
    jwtKid: ctx.key.kid,
    jwtPublicKeyPem: ctx.key.publicPem,
    close: async () => {
      await Promise.all([fapi.close(), bapi.close()]);
    },
  };
}

function seedUsers(ctx: EmulatorContext, users: NewUser[]): void {
  for (const user of users) ctx.state.users.create(user);
}
