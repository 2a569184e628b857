// The API boundary, generated from the profile's route table: every protected API route denies a
// signed-out request and serves the signed-in user, by session cookie and by Bearer token.
import { isBare404, judgeSignedInAllowed, judgeSignedOutDenied } from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';

const profile = suiteProfile();
const JSON_ACCEPT = { accept: 'application/json' };

for (const route of profile.routes.protectedApi) {
  const name = `${route.method} ${route.path}`;

  test(`${name} signed out -> denied`, check('api.protected.signed-out-denied'), async ({ probe, signedInUser }) => {
    const evidence = await probe(route.path, { method: route.method, headers: JSON_ACCEPT });
    // A bare 404 may mean "no such route": ask again signed in, so a typo in the profile is not called "protected".
    const bare404 = isBare404(evidence);
    const signedIn =
      bare404 && signedInUser
        ? await probe(route.path, {
            method: route.method,
            headers: { ...JSON_ACCEPT, authorization: `Bearer ${await signedInUser.token()}` },
          })
        : undefined;
    expect(
      judgeSignedOutDenied(evidence, route, { paths: profile.paths, ...(signedIn && { signedIn }) }),
    ).toPassCheck();
  });

  test(
    `${name} signed in (session cookie) -> allowed for that user`,
    check('api.protected.signed-in-allowed'),
    async ({ probe, signedInRequest, user }) => {
      const evidence = await probe(route.path, { method: route.method, via: signedInRequest, headers: JSON_ACCEPT });
      expect(judgeSignedInAllowed(evidence, route, { userId: user.userId, paths: profile.paths })).toPassCheck();
    },
  );

  test(
    `${name} signed in (Authorization: Bearer) -> allowed for that user`,
    check('api.protected.signed-in-allowed'),
    async ({ probe, user }) => {
      const evidence = await probe(route.path, {
        method: route.method,
        headers: { ...JSON_ACCEPT, authorization: `Bearer ${await user.token()}` },
      });
      expect(judgeSignedInAllowed(evidence, route, { userId: user.userId, paths: profile.paths })).toPassCheck();
    },
  );
}
