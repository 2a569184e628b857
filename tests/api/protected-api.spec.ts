// The API boundary, generated from the profile's route table: every protected API route denies a
// signed-out request and serves the signed-in user, by session cookie and by Bearer token. Each request is the
// route's own (method, body, headers: fixtures/routes.ts), so a route that validates its body is really reached.
import { isBare404, judgeSignedInAllowed, judgeSignedOutDenied } from '../../src/checks/index.ts';
import type { ProtectedApiRoute } from '../../src/config/index.ts';
import { check, expect, test, suiteProfile, type Probe } from '../../fixtures/index.ts';
import { routeRequest, skipWhenNoRoutes, stateChangeSkip } from '../../fixtures/routes.ts';

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
    // A bare 404 may mean "no such route": ask again signed in, so a typo in the profile is not called "protected"
    // (not for a write on production: signed in, it would write).
    const bare404 = isBare404(evidence) && stateChangeSkip(profile, route) === null;
    const signedIn =
      bare404 && signedInUser
        ? await probe(route.path, routeRequest(route, { authorization: `Bearer ${await signedInUser.token()}` }))
        : undefined;
    expect(
      judgeSignedOutDenied(evidence, route, { paths: profile.paths, ...(signedIn && { signedIn }) }),
    ).toPassCheck();
  });

  // The signed-in user's own answer, by the browser's session cookie and by a Bearer token (mobile, server-to-server).
  for (const transport of ['session cookie', 'Authorization: Bearer'] as const) {
    test(
      `${name} signed in (${transport}) -> allowed for that user`,
      check('api.protected.signed-in-allowed'),
      async ({ probe, signedInRequest, user }) => {
        const writeSkip = stateChangeSkip(profile, route);
        test.skip(writeSkip !== null, writeSkip ?? '');
        const signedOut = await signedOutFor(route, probe);
        const evidence = await probe(route.path, {
          ...(transport === 'session cookie'
            ? { ...routeRequest(route), via: signedInRequest }
            : routeRequest(route, { authorization: `Bearer ${await user.token()}` })),
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
}
