// `npx tsx src/config/check-profile.ts`: validate the target profile without starting a browser or a server.
// Prints warnings and a redacted summary; exits 1 with every problem listed when the profile is bad.
import { loadEnvFiles } from './env-files.ts';
import { loadConfigFile } from './load.ts';
import { ProfileError } from './problems.ts';
import { parseProfile } from './profile.ts';
import { describeProfile } from './summary.ts';

// With no TARGET_URL, playwright.config.ts makes the target, keys and test user per run; only the route
// table and settings come from the user, so check those against stand-ins.
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

async function main(): Promise<number> {
  loadEnvFiles();
  const env: Record<string, string | undefined> = { ...process.env };
  const embedded = !env.TARGET_URL?.trim() && env.CGL_EMBEDDED !== '1';
  if (embedded) {
    console.log('TARGET_URL is not set: `npx playwright test` runs the bundled reference app and Clerk emulator,');
    console.log('with keys and a test user made per run. Checking the route table and settings only.\n');
    Object.assign(env, EMBEDDED_STAND_INS);
  }
  try {
    const { file, config } = await loadConfigFile();
    const profile = parseProfile(env, config, file ? { configFile: file } : {});
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

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Unexpected, but still no stack trace: the message is what the user needs.
    console.error(`clerk-go-live: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
