// Start-script checks shared by the reference apps: every problem with the run-time environment, named
// by variable (values are never shown), so a misconfigured start fails at once with one message.
import { decodePublishableKey, secretKeyKind } from '../../emulator/keys.ts';
import { DEFAULT_FAULT_APPS, FAULT_IDS, FAULTS, parseFaults, type Fault, type ReferenceApp } from '../faults.ts';
import { appOriginsOf } from './auth-faults.ts';
import { instanceFrom, instanceProblem } from './instance.ts';

/** Faults without `apps` apply to DEFAULT_FAULT_APPS (the Next.js and Express apps). */
export function faultAppliesTo(id: string, app: ReferenceApp): boolean {
  const fault = FAULTS.find((candidate) => candidate.id === id) as Fault | undefined;
  return fault !== undefined && (fault.apps ?? DEFAULT_FAULT_APPS).includes(app);
}

/** Read by the app on every start (never baked into a build). */
export const RUN_TIME_ENV_NAMES = [
  'CGL_APP_PORT',
  'CLERK_SECRET_KEY',
  'CLERK_API_URL',
  'CLERK_FAPI_URL',
  'CLERK_WEBHOOK_SIGNING_SECRET',
] as const;

/**
 * Every problem with the env, as messages. `publishableKey` is the key the app will serve to browsers:
 * baked into the Next.js build, or the expected one for CGL_INSTANCE in Express.
 */
export function runTimeEnvProblems(env: NodeJS.ProcessEnv, publishableKey: string, app: ReferenceApp): string[] {
  const problems = RUN_TIME_ENV_NAMES.filter((name) => !env[name]).map((name) => `${name} is not set`);
  const port = env.CGL_APP_PORT;
  if (port && !/^\d+$/.test(port)) problems.push(`CGL_APP_PORT must be a port number, got "${port}"`);
  const badInstance = instanceProblem(env);
  if (badInstance) problems.push(badInstance);
  const given = env.CLERK_PUBLISHABLE_KEY;
  if (given && given !== publishableKey) {
    problems.push(`CLERK_PUBLISHABLE_KEY differs from the key the app serves to browsers (${publishableKey})`);
  }
  const instance = instanceFrom(env);
  const publishableKind = decodePublishableKey(publishableKey)?.kind;
  if (!badInstance && publishableKind !== instance) {
    problems.push(
      `the publishable key ${publishableKey} is not a ${instance} key, but CGL_INSTANCE selects ${instance}`,
    );
  }
  const secretKind = env.CLERK_SECRET_KEY ? secretKeyKind(env.CLERK_SECRET_KEY) : null;
  if (!badInstance && secretKind && secretKind !== instance) {
    problems.push(`CLERK_SECRET_KEY belongs to a ${secretKind} instance, but CGL_INSTANCE selects ${instance}`);
  }
  for (const origin of appOriginsOf(env.CGL_APP_ORIGINS)) {
    if (!isOrigin(origin))
      problems.push(`CGL_APP_ORIGINS must list origins like https://app.example.com, got "${origin}"`);
  }
  const { ids, unknown } = parseFaults(env.CGL_FAULTS);
  if (unknown.length > 0) {
    problems.push(`CGL_FAULTS names unknown fault ids: ${unknown.join(', ')} (valid: ${FAULT_IDS.join(', ')})`);
  }
  const elsewhere = ids.filter((id) => !faultAppliesTo(id, app));
  if (elsewhere.length > 0)
    problems.push(`CGL_FAULTS names faults the ${app} app does not implement: ${elsewhere.join(', ')}`);
  return problems;
}

function isOrigin(value: string): boolean {
  try {
    return new URL(value).origin === value;
  } catch {
    return false;
  }
}

/** Prints the problems and exits non-zero, or returns when there are none. */
export function exitOnEnvProblems(app: string, problems: readonly string[]): void {
  if (problems.length === 0) return;
  console.error(`${app}: cannot start the reference app:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}

/** The one start line both apps print: URL, instance type and the faults switched on. */
export function startLine(app: string, env: NodeJS.ProcessEnv): string {
  const faults = parseFaults(env.CGL_FAULTS).ids;
  const withFaults = faults.length ? ` with faults: ${faults.join(', ')}` : '';
  return `${app}: starting http://localhost:${env.CGL_APP_PORT} (${instanceFrom(env)} instance)${withFaults}`;
}
