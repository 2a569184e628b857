// The session token the browser received at sign-in (saved by the setup project): short-lived, and issued for
// the target's origin (read from the saved state: no browser, no request). And the backend's half of azp: a
// genuine token the Frontend API issues for another origin is refused by every protected API route.
import { existsSync } from 'node:fs';
import { judgeForeignOriginTokenRefused, judgeTokenAzp, judgeTokenLifetime } from '../../src/checks/index.ts';
import { decodeJwt } from '../../src/tokens/jwt.ts';
import { check, expect, test } from '../../fixtures/index.ts';
import { fapiBaseURL } from '../../src/clerk/clerk-origin.ts';
import { siblingOrigin, tokenForForeignOrigin } from '../../src/clerk/foreign-origin-token.ts';
import { STORAGE_STATE } from '../../src/project/auth-state.ts';
import { readStorageState, sessionTokenOf } from '../../src/clerk/session.ts';
import { describeResponse } from '../../src/checks/evidence.ts';
import { skipUnlessJudged } from '../../fixtures/matchers.ts';
import { noRoutesReason, routeRequest } from '../../fixtures/routes.ts';

const tags = check('auth.session-token.bounded');
const SOURCE = "the browser's __session cookie after sign-in";

function browserTokenClaims() {
  test.skip(!existsSync(STORAGE_STATE.user), 'No saved sign-in: the setup project did not sign in.');
  const token = sessionTokenOf(readStorageState('user'));
  return token ? (decodeJwt(token)?.payload ?? null) : null;
}

test(`the session token lives at most the allowed lifetime`, tags, async ({ profile }) => {
  const verdict = judgeTokenLifetime(browserTokenClaims(), {
    url: profile.baseURL,
    maxSeconds: profile.auth.maxTokenLifetimeSeconds,
    source: SOURCE,
  });
  skipUnlessJudged(verdict);
  expect(verdict).toPassCheck();
});

test("the session token is issued for the target's origin (azp)", tags, async ({ profile }) => {
  const verdict = judgeTokenAzp(browserTokenClaims(), {
    url: profile.baseURL,
    origins: profile.auth.authorizedOrigins,
    source: SOURCE,
  });
  skipUnlessJudged(verdict);
  expect(verdict).toPassCheck();
});

test(
  'a genuine session token issued for another origin -> refused by the protected API (authorizedParties)',
  tags,
  async ({ profile, probe }) => {
    test.skip(profile.routes.protectedApi.length === 0, noRoutesReason(profile, 'protectedApi'));
    const claims = browserTokenClaims();
    const sessionId = typeof claims?.sid === 'string' ? claims.sid : null;
    test.skip(!sessionId, "No session id in the browser's session token: nothing to ask the Frontend API for.");
    // The attacker Clerk documents: a page on a sibling subdomain of the app's root domain.
    const sibling = siblingOrigin(profile.baseURL);
    test.skip('skip' in sibling, 'skip' in sibling ? sibling.skip : '');
    const foreignOrigin = (sibling as { origin: string }).origin;
    const fapiBase = await fapiBaseURL(profile, probe);
    const { token, answer } = await tokenForForeignOrigin({
      probe,
      fapiBase,
      state: readStorageState('user'),
      sessionId: sessionId!,
      origin: foreignOrigin,
    });
    // Refusing to issue it is as safe as refusing to accept it; either way there is no token to test with.
    test.skip(
      !token,
      `The Frontend API issued no token for ${foreignOrigin} (${describeResponse(answer)}): the instance refuses that subdomain (Allowed Subdomains on, then no such token exists), or the saved browser's client was not accepted. Not judged.`,
    );
    const azp = decodeJwt(token!)?.payload.azp;
    test.skip(
      azp !== foreignOrigin,
      `The Frontend API issued a token whose azp is ${JSON.stringify(azp)}, not ${foreignOrigin}: it does not take azp from the caller's Origin.`,
    );
    const verdicts = [];
    for (const route of profile.routes.protectedApi) {
      const signedOut = await probe(route.path, routeRequest(route));
      const evidence = await probe(route.path, routeRequest(route, { authorization: `Bearer ${token}` }));
      verdicts.push(
        judgeForeignOriginTokenRefused(evidence, route, {
          foreignOrigin,
          paths: profile.paths,
          signedOut,
        }),
      );
    }
    const judged = verdicts.filter((verdict) => !verdict.skip);
    test.skip(judged.length === 0, verdicts[0]?.skip ?? 'No protected API route could be judged.');
    for (const verdict of judged) expect.soft(verdict).toPassCheck();
  },
);
