// Starts the Next.js reference app: builds the instance's app first if needed, then `next start
// targets/nextjs -p $CGL_APP_PORT` on that build with the run-time env (checked by targets/shared/
// start-env.ts, shared with the Express app). Signals are forwarded so Playwright's webServer can stop it.
// No `-H 127.0.0.1`: Next turns it into `localhost`, Clerk's rewrites then look external and every
// request hangs (see DESIGN.md). The app is reached as http://localhost:$CGL_APP_PORT.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { instanceFrom, instanceProblem } from '../shared/instance.ts';
import { exitOnEnvProblems, runTimeEnvProblems, startLine } from '../shared/start-env.ts';
import { bakedPublishableKey, DIST_DIRS } from './build-env.ts';
import { describeBuild, ensureBuilt, NEXT_APP_DIR, NEXT_BIN, NextBuildError } from './build.ts';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

async function main(): Promise<void> {
  const env = process.env;
  const instance = instanceFrom(env);
  // A bad CGL_INSTANCE is reported with the rest; no key is chosen for it.
  const publishableKey = instanceProblem(env) ? '' : bakedPublishableKey(instance);
  exitOnEnvProblems('nextjs', runTimeEnvProblems(env, publishableKey, 'nextjs'));
  try {
    console.log(describeBuild(await ensureBuilt(instance)));
  } catch (error) {
    if (!(error instanceof NextBuildError)) throw error;
    process.stderr.write(error.output);
    console.error(`nextjs: next build ${NEXT_APP_DIR} failed (output above)`);
    process.exit(1);
  }
  console.log(startLine('nextjs', env));
  const child = spawn(process.execPath, [NEXT_BIN, 'start', NEXT_APP_DIR, '-p', env.CGL_APP_PORT as string], {
    cwd: REPO_ROOT,
    env: {
      ...env,
      CLERK_PUBLISHABLE_KEY: publishableKey,
      CGL_NEXT_DIST_DIR: DIST_DIRS[instance],
      NEXT_TELEMETRY_DISABLED: '1',
    },
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

await main();
