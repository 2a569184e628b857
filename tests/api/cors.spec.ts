// CORS on protected API routes, probed from a hostile origin with the signed-in user's cookies: the route must
// not hand a credentialed response to an origin it does not know (wildcard, echoed Origin, "null").
import { judgeCorsCredentials } from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { routeRequest, skipWhenNoRoutes, stateChangeSkip } from '../../fixtures/routes.ts';

const profile = suiteProfile();
const HOSTILE_ORIGINS = ['https://evil.example', 'null'];

skipWhenNoRoutes(profile, 'protectedApi', 'api.protected.cors');

for (const route of profile.routes.protectedApi) {
  for (const origin of HOSTILE_ORIGINS) {
    test(
      `${route.method} ${route.path} from Origin ${origin} -> no credentialed CORS for it`,
      check('api.protected.cors'),
      async ({ probe, signedInRequest }) => {
        const request = routeRequest(route, { origin });
        // A write on production is judged by its preflight alone: the request itself would really write.
        const writeSkip = stateChangeSkip(profile, route);
        const actual = writeSkip ? null : await probe(route.path, { ...request, via: signedInRequest });
        if (writeSkip) test.info().annotations.push({ type: 'preflight only', description: writeSkip });
        // The preflight a browser sends first for a credentialed cross-origin call with custom headers.
        const preflight = await probe(route.path, {
          method: 'OPTIONS',
          via: signedInRequest,
          headers: {
            origin,
            'access-control-request-method': route.method,
            // The route's own headers, as a browser would announce them (content-type for a JSON body).
            'access-control-request-headers': [
              'authorization',
              ...Object.keys(request.headers).filter((h) => h !== 'accept' && h !== 'origin'),
            ].join(','),
          },
        });
        if (actual) expect(judgeCorsCredentials(actual, origin)).toPassCheck();
        expect(judgeCorsCredentials(preflight, origin)).toPassCheck();
      },
    );
  }
}
