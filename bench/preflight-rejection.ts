// How long a bad environment takes to be rejected (issue 6: under 5 s, no browser): `npx playwright test`
// with a malformed profile, and `npm run check-profile` alone. Wall time of the whole command, as a user
// waits for it.
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from './processes.ts';

export interface PreflightRejection {
  suiteMs: number;
  suiteExit: number | null;
  checkProfileMs: number;
  checkProfileExit: number | null;
}

const BAD_ENV = { TARGET_URL: 'not-a-url', CLERK_SECRET_KEY: 'pk_live_x', CLERK_PUBLISHABLE_KEY: 'pk_live_bad' };

function timed(command: string, args: string[]): { ms: number; exit: number | null } {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: 'production' as const, ...BAD_ENV };
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: REPO_ROOT, env, encoding: 'utf8', timeout: 60_000 });
  return { ms: Math.round(performance.now() - started), exit: result.status };
}

export function preflightRejection(): PreflightRejection {
  const suite = timed('npx', ['playwright', 'test', '--reporter=line']);
  const checkProfile = timed('npx', ['tsx', 'src/cli/main.ts', 'check-profile']);
  return {
    suiteMs: suite.ms,
    suiteExit: suite.exit,
    checkProfileMs: checkProfile.ms,
    checkProfileExit: checkProfile.exit,
  };
}
