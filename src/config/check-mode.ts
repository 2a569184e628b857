// `clerk-go-live check-profile`: the profile checked exactly as a run would check it (the same
// playwright.config.ts, the same settings object, the same .env files), then a summary, and no browser.
// The CLI runs Playwright with CGL_CHECK_PROFILE=1; goLiveConfig() calls printProfileCheck() and exits.
import { loadProfile } from './load.ts';
import { ProfileError } from './problems.ts';
import { describeProfile } from './summary.ts';

export const CHECK_PROFILE_ENV = 'CGL_CHECK_PROFILE';

// With no TARGET_URL the run makes the target, keys and test user itself; only the route table and the
// settings come from the user, so check those against stand-ins.
const EMBEDDED_STAND_INS = {
  TARGET_URL: 'http://localhost:3000',
  CLERK_PUBLISHABLE_KEY: 'pk_test_Y2xlcmstZ28tbGl2ZS5jbGVyay5hY2NvdW50cy5kZXYk',
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: undefined,
  CLERK_SECRET_KEY: undefined,
  CLERK_WEBHOOK_SIGNING_SECRET: undefined,
  CLERK_WEBHOOK_SECRET: undefined,
  CGL_TEST_USER_PASSWORD: undefined,
  CGL_EMBEDDED: '1',
};

// Rows that would only show the stand-ins above.
const EMBEDDED_ROWS = ['target', 'environment', 'clerk', 'keys', 'test user'];

export function profileCheckRequested(env: NodeJS.ProcessEnv = process.env): boolean {
  return env[CHECK_PROFILE_ENV] === '1';
}

/** Prints warnings and a redacted summary (or every problem) and returns the exit code. */
export function printProfileCheck(source: NodeJS.ProcessEnv = process.env): number {
  const env: Record<string, string | undefined> = { ...source };
  const embedded = !env.TARGET_URL?.trim() && env.CGL_EMBEDDED !== '1';
  if (embedded) {
    console.log('TARGET_URL is not set: the run uses the bundled reference app and Clerk emulator,');
    console.log('with keys and a test user made per run. Checking the route table and settings only.\n');
    Object.assign(env, EMBEDDED_STAND_INS);
  }
  try {
    const profile = loadProfile({ env });
    // In embedded mode the missing-secret warnings are about the stand-ins, not the user's setup.
    const warnings = embedded ? profile.warnings.filter((w) => !/SECRET|test user/i.test(w)) : profile.warnings;
    for (const warning of warnings) console.log(`warning: ${warning}`);
    if (warnings.length > 0) console.log();
    console.log('clerk-go-live profile OK:');
    console.log(describeProfile(profile, embedded ? { omit: EMBEDDED_ROWS } : {}));
    return 0;
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    for (const warning of error.warnings) console.error(`warning: ${warning}`);
    console.error(error.message);
    return 1;
  }
}
