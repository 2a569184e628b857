// The session token the browser received at sign-in (saved by the setup project): short-lived, and issued for
// the target's origin. Read from the saved state: no browser, no request.
import { existsSync } from 'node:fs';
import { judgeTokenAzp, judgeTokenLifetime } from '../../src/checks/index.ts';
import { decodeJwt } from '../../src/tokens/jwt.ts';
import { check, expect, test } from '../../fixtures/index.ts';
import { STORAGE_STATE } from '../../fixtures/paths.ts';
import { readStorageState, sessionTokenOf } from '../../fixtures/session.ts';
import { skipUnlessJudged } from '../../fixtures/matchers.ts';

const tags = { tag: ['@auth', '@security', '@prod-safe'], annotation: check('auth.session-token.bounded') };
const SOURCE = "the browser's __session cookie after sign-in";

function browserTokenClaims() {
  test.skip(!existsSync(STORAGE_STATE.user), 'No saved sign-in: the setup project did not sign in.');
  const token = sessionTokenOf(readStorageState('user'));
  return token ? decodeJwt(token)?.payload ?? null : null;
}

test(`the session token lives at most the allowed lifetime`, tags, async ({ profile }) => {
  const verdict = judgeTokenLifetime(browserTokenClaims(), { url: profile.baseURL, maxSeconds: profile.auth.maxTokenLifetimeSeconds, source: SOURCE });
  skipUnlessJudged(verdict);
  expect(verdict).toPassCheck();
});

test("the session token is issued for the target's origin (azp)", tags, async ({ profile }) => {
  const verdict = judgeTokenAzp(browserTokenClaims(), { url: profile.baseURL, origins: profile.auth.authorizedOrigins, source: SOURCE });
  skipUnlessJudged(verdict);
  expect(verdict).toPassCheck();
});
