// For a child suite run with its own reporters (runSuite's artifactsDir): writes the secret values the
// child's embedded stack made, read from its main process's environment (not from the code under test), to
// CGL_SELFTEST_SECRETS_FILE, so the self-test can look for them in everything the run left behind.
import { writeFileSync } from 'node:fs';
import type { Reporter } from '@playwright/test/reporter';

export const SECRET_NAMES = ['CLERK_SECRET_KEY', 'CLERK_WEBHOOK_SIGNING_SECRET', 'CGL_TEST_USER_PASSWORD'] as const;

export default class SecretsReporter implements Reporter {
  onBegin(): void {
    const file = process.env.CGL_SELFTEST_SECRETS_FILE;
    if (!file) throw new Error('selftest secrets reporter: set CGL_SELFTEST_SECRETS_FILE');
    writeFileSync(file, JSON.stringify(Object.fromEntries(SECRET_NAMES.map((name) => [name, process.env[name]]))));
  }

  printsToStdio(): boolean {
    return false;
  }
}
