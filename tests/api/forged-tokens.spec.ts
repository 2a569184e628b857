// Forged session tokens against every protected API route, sent as `Authorization: Bearer` and in the
// `__session` cookie (with a `__client_uat` that says "signed in", so Clerk's SDK verifies the token instead of
// dismissing it). Each is a real attack; a route that accepts one fails loudly. Forgeries start from a real
// token of the instance (same kid and claims) so only the property under test differs; "expired" is a real
// token left to expire.
import { judgeForgedTokenDenied, type TokenTransport } from '../../src/checks/index.ts';
import { FORGERIES, forgeToken, otherUserId, type ForgeryKind } from '../../src/tokens/forge.ts';
import { decodeJwt, numericClaim } from '../../src/tokens/jwt.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { skipUnlessJudged } from '../../fixtures/matchers.ts';
import { mintSessionToken } from '../../src/clerk/session.ts';
import { routeRequest, skipWhenNoRoutes } from '../../fixtures/routes.ts';

const profile = suiteProfile();
// @clerk/backend tolerates 5 s of clock skew; Clerk's shortest token lives 30 s.
const CLOCK_SKEW_S = 5;
const SHORTEST_LIFETIME_S = 30;

skipWhenNoRoutes(profile, 'protectedApi', 'api.forged-token.denied');

for (const route of profile.routes.protectedApi) {
  const name = `${route.method} ${route.path}`;

  for (const kind of Object.keys(FORGERIES) as ForgeryKind[]) {
    const forgery = FORGERIES[kind];
    const details = check('api.forged-token.denied');
    const annotation = [
      ...[details.annotation ?? []].flat(),
      ...(forgery.limit ? [{ type: 'limit', description: forgery.limit }] : []),
    ];

    test(
      `${name} with a forged token as Bearer and as __session cookie (${forgery.claim}) -> denied`,
      { ...details, annotation },
      async ({ probe, user, profile: p }) => {
        // The baseline: with no token at all the route must deny, or forgeries prove nothing.
        const signedOut = await probe(route.path, routeRequest(route));
        const real = await user.token();
        let token: string;
        if (kind === 'expired') {
          test.setTimeout(90_000);
          token = await mintSessionToken({
            secretKey: p.clerk.secretKey!.reveal(),
            apiUrl: p.clerk.apiUrl,
            sessionId: user.sessionId,
            expiresInSeconds: SHORTEST_LIFETIME_S,
          });
          const exp = numericClaim(decodeJwt(token)?.payload ?? {}, 'exp') ?? 0;
          // Wait until no verifier with Clerk's default leeway could still accept it.
          const waitMs = (exp + CLOCK_SKEW_S + 1) * 1000 - Date.now();
          if (waitMs > 0) await new Promise((resolve) => setTimeout(resolve, waitMs));
        } else {
          token = forgeToken(kind, real);
        }
        const forgedSub = otherUserId(decodeJwt(real)?.payload.sub);
        const issuedAt = numericClaim(decodeJwt(token)?.payload ?? {}, 'iat') ?? Math.floor(Date.now() / 1000);
        const sent: Record<TokenTransport, Record<string, string>> = {
          bearer: { authorization: `Bearer ${token}` },
          cookie: { cookie: `__session=${token}; __client_uat=${issuedAt}` },
        };
        for (const transport of ['bearer', 'cookie'] as const) {
          const evidence = await probe(route.path, routeRequest(route, sent[transport]));
          const verdict = judgeForgedTokenDenied(evidence, route, kind, {
            paths: p.paths,
            forgedSub,
            signedOut,
            transport,
          });
          skipUnlessJudged(verdict);
          expect.soft(verdict).toPassCheck();
        }
      },
    );
  }
}
