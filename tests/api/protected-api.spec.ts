// The API boundary, generated from the profile's route table: every protected API route denies a
// signed-out request and serves the signed-in user.
import { loadProfile } from '../../src/config/index.ts';
import { judgeSignedInAllowed, judgeSignedOutDenied } from '../../src/checks/index.ts';
import { check, expect, test } from '../../fixtures/index.ts';

const profile = await loadProfile();

for (const route of profile.routes.protectedApi) {
  const name = `${route.method} ${route.path}`;

  test(`${name} signed out -> denied`, { tag: ['@api', '@smoke', '@prod-safe'], annotation: check('api.protected.signed-out-denied') }, async ({ probe }) => {
    const evidence = await probe(route.path, { method: route.method, headers: { accept: 'application/json' } });
    expect(judgeSignedOutDenied(evidence, route, profile)).toPassCheck();
  });

  test(`${name} signed in (session cookie) -> allowed for that user`, { tag: ['@api', '@smoke', '@prod-safe'], annotation: check('api.protected.signed-in-allowed') }, async ({ probe, signedInRequest, user }) => {
    const evidence = await probe(route.path, { method: route.method, via: signedInRequest, headers: { accept: 'application/json' } });
    expect(judgeSignedInAllowed(evidence, route, { userId: user.userId })).toPassCheck();
  });
}
