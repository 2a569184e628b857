// Forged session tokens against every protected API route, sent as `Authorization: Bearer` and in the
// `__session` cookie (with a `__client_uat` that says "signed in", so Clerk's SDK verifies the token instead of
// dismissing it). Each is a real attack; a route that accepts one fails loudly. Forgeries start from a real
// token of the instance (same kid and claims) so only the property under test differs; "expired" is a real
// token left to expire, minted once per run by the setup project.
import { judgeForgedTokenDenied, type TokenTransport } from '../../src/checks/index.ts';
import { FORGERIES, forgeToken, otherUserId, type ForgeryKind } from '../../src/tokens/forge.ts';
import { decodeJwt, numericClaim } from '../../src/tokens/jwt.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { skipUnlessJudged } from '../../fixtures/matchers.ts';
import { expiredToken } from '../../src/clerk/expiring-token.ts';
import { routeRequest, skipWhenNoRoutes } from '../../fixtures/routes.ts';

const profile = suiteProfile();

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
          // Minted by the setup project, so its lifetime has mostly run out by now (src/clerk/expiring-token.ts).
          test.setTimeout(90_000);
          token = await expiredToken(
            { secretKey: p.clerk.secretKey!.reveal(), apiUrl: p.clerk.apiUrl },
            user.sessionId,
          );
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
