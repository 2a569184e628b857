// Clerk's Backend API rate-limits. The suite must wait a 429 out and go on, reporting the wait as rate
// limiting, never as a failed check: here the emulator answers 429 (Retry-After: 1) to the first sign-in token
// request (the ticket sign-in of the setup project), to the first two session-token mints (the API checks'
// fresh tokens) and to the instance audit's first GET /v1/instance, and every check must still pass.
import { expect, test } from '@playwright/test';
import { runSuite } from './run-suite.ts';

const FAULTS =
  'bapi:POST /v1/sign_in_tokens 429:1 times=1; bapi:POST /v1/sessions/*/tokens 429:1 times=2; ' +
  'bapi:GET /v1/instance 429:1 times=1';

test('429s from Clerk are retried with backoff and reported as rate limiting, not as failures', async () => {
  const run = await runSuite({ projects: ['preflight', 'api'], env: { CGL_EMULATOR_FAULTS: FAULTS } });
  const failed = run.tests
    .filter((t) => t.status !== 'passed' && t.status !== 'skipped')
    .map((t) => `${t.title}: ${t.status}`);
  expect(failed, `no check fails because Clerk rate-limited the suite:\n${run.output.slice(-3000)}`).toEqual([]);
  expect(run.exitCode).toBe(0);
  const limited = run.tests.filter((t) => t.rateLimited.length > 0);
  const signIn = limited.find((t) => t.project === 'setup');
  expect(signIn?.rateLimited.join(' '), 'the setup sign-in waited out the 429 on its sign-in token').toMatch(
    /429 to signInTokens\.createSignInToken/,
  );
  const waits = limited.flatMap((t) => t.rateLimited).filter((w) => w.includes('sessions.getToken'));
  expect(waits, 'the session-token mints waited out both 429s').toHaveLength(2);
  const audit = limited.filter((t) => t.rateLimited.some((w) => w.includes('GET /v1/instance')));
  expect(audit, 'an instance audit check waited out the 429 on GET /v1/instance').toHaveLength(1);
});
