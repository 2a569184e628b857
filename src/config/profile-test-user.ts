// The test user: email and strategy may come from the config file, the password only from the environment.
import { DEFAULTS } from './defaults.ts';
import { variableProblem, type Problem } from './problems.ts';
import type { ParsedEnv, ParsedFileConfig } from './schema.ts';
import { Secret } from './secret.ts';
import type { Profile } from './types.ts';

export function readTestUser(
  e: Partial<ParsedEnv>,
  file: ParsedFileConfig,
  vars: Record<string, string>,
  facts: { secretKeySet: boolean },
  problems: Problem[],
  warnings: string[],
): Profile['testUser'] {
  const email = e.CGL_TEST_USER_EMAIL ?? file.testUser?.email;
  // Default: a sign-in token (ticket), which survives MFA and email verification; it needs the secret key,
  // so without one a configured password is used instead.
  const fallback = !facts.secretKeySet && vars.CGL_TEST_USER_PASSWORD ? 'password' : DEFAULTS.strategy;
  const strategy = e.CGL_SIGN_IN_STRATEGY ?? file.testUser?.strategy ?? fallback;
  const password = vars.CGL_TEST_USER_PASSWORD;
  if (password && !email) {
    problems.push(
      variableProblem(
        'CGL_TEST_USER_EMAIL',
        'is not set, but CGL_TEST_USER_PASSWORD is: set the email of that test user',
      ),
    );
  }
  if (!email) {
    warnings.push('No test user (CGL_TEST_USER_EMAIL): signed-in checks will be skipped.');
    return undefined;
  }
  if (!password && strategy === 'password') {
    problems.push(
      variableProblem(
        'CGL_TEST_USER_PASSWORD',
        'is not set: CGL_SIGN_IN_STRATEGY=password needs the test user’s password (or choose email_code or ticket)',
      ),
    );
  }
  if (strategy === 'ticket' && !facts.secretKeySet) {
    problems.push(
      variableProblem(
        'CLERK_SECRET_KEY',
        'is not set: CGL_SIGN_IN_STRATEGY=ticket makes sign-in tokens through the Backend API, ' +
          'which needs the secret key',
      ),
    );
  }
  if (strategy === 'email_code' && !email.includes('+clerk_test')) {
    warnings.push(
      'CGL_SIGN_IN_STRATEGY=email_code runs unattended only with a Clerk test email ' +
        '(name+clerk_test@…, code 424242): other addresses wait for a real email.',
    );
  }
  return { email, strategy, ...(password && { password: new Secret(password) }) };
}
