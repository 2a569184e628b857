// The embedded default: with no TARGET_URL, the suite runs against the bundled reference app wired to the
// bundled Clerk emulator. Keys and ports are made once, in Playwright's main process, synchronously (the
// config may be require()d), and handed to the web servers and the workers through the environment
// (workers inherit it and recover this same state from it).
import { randomBytes } from 'node:crypto';
import { generateSecretKey, generateWebhookSecret } from '../../emulator/keys.ts';
import { emulatorPublishableKey, instanceForRun, instanceProblem } from '../../targets/shared/instance.ts';
import { emulatorEnvForFaults } from '../../targets/shared/auth-faults.ts';
import { embeddedAppDefaults } from '../config/defaults.ts';
import { nodeCommand, projectDir } from '../project/dirs.ts';
import { freePortsSync } from './ports.ts';
import { referenceAppFrom, referenceAppProblem, START_TIMEOUT_MS, startCommand } from './reference-app.ts';
// The https front (on unless CGL_HTTPS=0), owned by targets/https-front: kept to four call sites below.
import { addHttpsFront, HTTPS_ENV_NAMES, httpsFrontWebServers, serverEnv } from '../../targets/https-front/embedded.ts';

export const EMBEDDED_TEST_USER_EMAIL = 'go-live+clerk_test@example.com';

export interface EmbeddedStack {
  appURL: string;
  fapiURL: string;
  bapiURL: string;
  env: Record<string, string>;
}

/** Why the embedded default cannot start here, in one sentence for the user (never a stack trace). */
export class EmbeddedStackError extends Error {}

const STACK_ENV_NAMES = [
  'CGL_APP_PORT',
  'CGL_EMULATOR_FAPI_PORT',
  'CGL_EMULATOR_BAPI_PORT',
  'TARGET_URL',
  'CLERK_PUBLISHABLE_KEY',
  'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY',
  'CLERK_SECRET_KEY',
  'CLERK_API_URL',
  'CLERK_FAPI_URL',
  'CLERK_WEBHOOK_SIGNING_SECRET',
  'CGL_TEST_USER_EMAIL',
  'CGL_TEST_USER_PASSWORD',
  'CGL_EMBEDDED',
  'CGL_REFERENCE_APP',
  'CGL_INSTANCE',
  'CGL_EMULATOR_WEBHOOK_URL',
  'CGL_APP_ORIGINS',
  'CGL_EMULATOR_DOMAIN',
  'CGL_FRAMEWORK',
  'CGL_EMULATOR_FAULTS',
  'CGL_PROJECT_DIR',
  'CGL_STATE_DIR',
  'CGL_CLERK_ASSETS_DIR',
  ...HTTPS_ENV_NAMES,
];

function fromEnv(env: NodeJS.ProcessEnv): EmbeddedStack {
  const stackEnv: Record<string, string> = {};
  for (const name of STACK_ENV_NAMES) stackEnv[name] = env[name] ?? '';
  if (env.CGL_FAULTS) stackEnv.CGL_FAULTS = env.CGL_FAULTS;
  // Faults that are instance settings (session-token-long-lived) reach the emulator as its own env.
  Object.assign(stackEnv, emulatorEnvForFaults(env.CGL_FAULTS));
  return {
    appURL: `http://localhost:${env.CGL_APP_PORT}`,
    fapiURL: `http://127.0.0.1:${env.CGL_EMULATOR_FAPI_PORT}`,
    bapiURL: `http://127.0.0.1:${env.CGL_EMULATOR_BAPI_PORT}`,
    env: stackEnv,
  };
}

/** Make (once per run) or recover (in workers) the embedded stack's ports, keys and test user. */
export function prepareEmbeddedStack(env: NodeJS.ProcessEnv = process.env): EmbeddedStack {
  if (env.CGL_EMBEDDED === '1' && env.CGL_APP_PORT) return fromEnv(env);
  const app = referenceAppFrom(env);
  // `--list` starts nothing, so it works before `clerk-go-live setup` too.
  const unavailable = process.argv.includes('--list') ? null : referenceAppProblem(app, env);
  if (unavailable) throw new EmbeddedStackError(`The ${app} reference app cannot run: ${unavailable}.`);
  const badInstance = instanceProblem(env);
  if (badInstance) throw new EmbeddedStackError(badInstance);
  const instance = instanceForRun(env);
  const publishableKey = emulatorPublishableKey(instance);
  const [appPort, fapiPort, bapiPort, frontHttps, frontHttp] = freePortsSync(5) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const values: Record<string, string> = {
    CGL_REFERENCE_APP: app,
    CGL_INSTANCE: instance,
    CGL_EMBEDDED: '1',
    CGL_PROJECT_DIR: projectDir(env),
    CGL_APP_PORT: String(appPort),
    CGL_EMULATOR_FAPI_PORT: String(fapiPort),
    CGL_EMULATOR_BAPI_PORT: String(bapiPort),
    TARGET_URL: `http://localhost:${appPort}`,
    CLERK_PUBLISHABLE_KEY: publishableKey,
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: publishableKey,
    CLERK_SECRET_KEY: generateSecretKey(instance),
    CLERK_API_URL: `http://127.0.0.1:${bapiPort}`,
    CLERK_FAPI_URL: `http://127.0.0.1:${fapiPort}`,
    CLERK_WEBHOOK_SIGNING_SECRET: generateWebhookSecret(),
    // Where the emulator delivers its own webhooks: the app itself, not a front before it.
    CGL_EMULATOR_WEBHOOK_URL: `http://localhost:${appPort}${embeddedAppDefaults(app).webhookPath}`,
    CGL_TEST_USER_EMAIL: EMBEDDED_TEST_USER_EMAIL,
    CGL_TEST_USER_PASSWORD: `pw-${randomBytes(12).toString('base64url')}`,
  };
  addHttpsFront(values, env, [frontHttps, frontHttp]);
  // The app's authorizedParties: the origin the browser and the suite reach it at (the front's, when on).
  values.CGL_APP_ORIGINS = new URL(values.TARGET_URL as string).origin;
  // The production instance's domain is the app's: FAPI answers it and its subdomains, refuses other sites.
  values.CGL_EMULATOR_DOMAIN = new URL(values.TARGET_URL as string).hostname;
  // The fix texts speak the reference app's framework (a user's target is detected, or set in the profile).
  values.CGL_FRAMEWORK = app === 'nextjs' || app === 'express' ? app : 'generic';
  Object.assign(env, values);
  return fromEnv(env);
}

/** Playwright `webServer` entries that start the emulator, then the reference app (then the https front). */
export function embeddedWebServers(stack: EmbeddedStack) {
  const app = referenceAppFrom(stack.env);
  const common = {
    env: serverEnv(stack.env),
    cwd: stack.env.CGL_PROJECT_DIR || projectDir(),
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  } as const;
  return [
    {
      ...common,
      name: 'clerk-emulator',
      command: nodeCommand('emulator/cli'),
      // BAPI answers 401 without a secret key: Playwright counts that as "up".
      url: `${stack.bapiURL}/v1/jwks`,
      timeout: 30_000,
    },
    {
      ...common,
      name: `reference-app (${app})`,
      command: startCommand(app),
      url: `${stack.appURL}${embeddedAppDefaults(app).healthPath}`,
      timeout: START_TIMEOUT_MS[app],
    },
    ...httpsFrontWebServers(stack.env).map((server) => ({ ...server, cwd: common.cwd })),
  ];
}
