// Starts the Next.js reference app: builds first if needed, then `next start targets/nextjs -p
// $CGL_APP_PORT` with the run-time env. Signals are forwarded so Playwright's webServer can stop it.
// No `-H 127.0.0.1`: Next turns it into `localhost`, Clerk's rewrites then look external and every
// request hangs (see DESIGN.md). The app is reached as http://localhost:$CGL_APP_PORT.
import { spawn } from 'node:child_process';
import { FAULT_IDS, parseFaults } from '../faults.ts';
import { BAKED_PUBLISHABLE_KEY, RUN_TIME_ENV_NAMES } from './build-env.ts';
import { describeBuild, ensureBuilt, NEXT_APP_DIR, NEXT_BIN, NextBuildError } from './build.ts';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Every problem with the run-time env, as messages naming the variable (values are never shown). */
export function runTimeEnvProblems(env: NodeJS.ProcessEnv): string[] {
  const problems = RUN_TIME_ENV_NAMES.filter((name) => !env[name]).map((name) => `${name} is not set`);
  const port = env.CGL_APP_PORT;
  if (port && !/^\d+$/.test(port)) problems.push(`CGL_APP_PORT must be a port number, got "${port}"`);
  const publishableKey = env.CLERK_PUBLISHABLE_KEY;
  if (publishableKey && publishableKey !== BAKED_PUBLISHABLE_KEY) {
    problems.push(
      `CLERK_PUBLISHABLE_KEY differs from the key baked into the build (${BAKED_PUBLISHABLE_KEY}); ` +
        'the browser would use the baked one',
    );
  }
  const { unknown } = parseFaults(env.CGL_FAULTS);
  if (unknown.length > 0) {
    problems.push(`CGL_FAULTS names unknown fault ids: ${unknown.join(', ')} (valid: ${FAULT_IDS.join(', ')})`);
  }
  return problems;
}

async function main(): Promise<void> {
  const problems = runTimeEnvProblems(process.env);
  if (problems.length > 0) {
    console.error(`nextjs: cannot start the reference app:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exit(1);
  }
  try {
    console.log(describeBuild(await ensureBuilt()));
  } catch (error) {
    if (!(error instanceof NextBuildError)) throw error;
    process.stderr.write(error.output);
    console.error(`nextjs: next build ${NEXT_APP_DIR} failed (output above)`);
    process.exit(1);
  }
  const port = process.env.CGL_APP_PORT as string;
  const faults = parseFaults(process.env.CGL_FAULTS).ids;
  console.log(`nextjs: starting http://localhost:${port}${faults.length ? ` with faults: ${faults.join(', ')}` : ''}`);
  const child = spawn(process.execPath, [NEXT_BIN, 'start', NEXT_APP_DIR, '-p', port], {
    cwd: REPO_ROOT,
    env: { ...process.env, CLERK_PUBLISHABLE_KEY: BAKED_PUBLISHABLE_KEY, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

await main();
