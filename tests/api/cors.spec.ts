// CORS on protected API routes, probed from a hostile origin with the signed-in user's cookies: the route must
// not hand a credentialed response to an origin it does not know (wildcard, echoed Origin, "null").
import { judgeCorsCredentials } from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';

const profile = suiteProfile();
const HOSTILE_ORIGINS = ['https://evil.example', 'null'];

for (const route of profile.routes.protectedApi) {
  for (const origin of HOSTILE_ORIGINS) {
    test(
      `${route.method} ${route.path} from Origin ${origin} -> no credentialed CORS for it`,
      check('api.protected.cors'),
      async ({ probe, signedInRequest }) => {
        const actual = await probe(route.path, {
          method: route.method,
          via: signedInRequest,
          headers: { accept: 'application/json', origin },
        });
        // The preflight a browser sends first for a credentialed cross-origin call with custom headers.
        const preflight = await probe(route.path, {
          method: 'OPTIONS',
          via: signedInRequest,
          headers: {
            origin,
            'access-control-request-method': route.method,
            'access-control-request-headers': 'authorization',
          },
        });
        expect(judgeCorsCredentials(actual, origin)).toPassCheck();
        expect(judgeCorsCredentials(preflight, origin)).toPassCheck();
      },
    );
  }
}
