// The API boundary, generated from the profile's route table: every protected API route denies a
// signed-out request and serves the signed-in user, by session cookie and by Bearer token. Each request is the
// route's own (method, body, headers: fixtures/routes.ts), so a route that validates its body is really reached.
import { isBare404, judgeSignedInAllowed, judgeSignedOutDenied } from '../../src/checks/index.ts';
import type { ProtectedApiRoute } from '../../src/config/index.ts';
import { check, expect, test, suiteProfile, type Probe } from '../../fixtures/index.ts';
import { routeRequest, skipWhenNoRoutes } from '../../fixtures/routes.ts';

const profile = suiteProfile();
// A JSON path or a comparison with the signed-out answer needs more of the body than the 1 KB excerpt.
const BODY_BYTES = 64 * 1024;

skipWhenNoRoutes(profile, 'protectedApi', 'api.protected.signed-out-denied', 'api.protected.signed-in-allowed');

/** The signed-out answer, when forUser 'none' compares the signed-in one with it. */
const signedOutFor = (route: ProtectedApiRoute, probe: Probe) =>
  route.forUser === 'none' ? probe(route.path, { ...routeRequest(route), bodyBytes: BODY_BYTES }) : undefined;

for (const route of profile.routes.protectedApi) {
  const name = `${route.method} ${route.path}`;
  const who = (userId: string) => ({ userId, ...(profile.testUser && { email: profile.testUser.email }) });

  test(`${name} signed out -> denied`, check('api.protected.signed-out-denied'), async ({ probe, signedInUser }) => {
    const evidence = await probe(route.path, routeRequest(route));
    // A bare 404 may mean "no such route": ask again signed in, so a typo in the profile is not called "protected".
    const bare404 = isBare404(evidence);
    const signedIn =
      bare404 && signedInUser
        ? await probe(route.path, routeRequest(route, { authorization: `Bearer ${await signedInUser.token()}` }))
        : undefined;
    expect(
      judgeSignedOutDenied(evidence, route, { paths: profile.paths, ...(signedIn && { signedIn }) }),
    ).toPassCheck();
  });

  test(
    `${name} signed in (session cookie) -> allowed for that user`,
    check('api.protected.signed-in-allowed'),
    async ({ probe, signedInRequest, user }) => {
      const signedOut = await signedOutFor(route, probe);
      const evidence = await probe(route.path, { ...routeRequest(route), via: signedInRequest, bodyBytes: BODY_BYTES });
      expect(
        judgeSignedInAllowed(evidence, route, {
          user: who(user.userId),
          paths: profile.paths,
          ...(signedOut && { signedOut }),
        }),
      ).toPassCheck();
    },
  );

  test(
    `${name} signed in (Authorization: Bearer) -> allowed for that user`,
    check('api.protected.signed-in-allowed'),
    async ({ probe, user }) => {
      const signedOut = await signedOutFor(route, probe);
      const evidence = await probe(route.path, {
        ...routeRequest(route, { authorization: `Bearer ${await user.token()}` }),
        bodyBytes: BODY_BYTES,
      });
      expect(
        judgeSignedInAllowed(evidence, route, {
          user: who(user.userId),
          paths: profile.paths,
          ...(signedOut && { signedOut }),
        }),
      ).toPassCheck();
    },
  );
}
