// Error handling: an unknown route answers 404 with the app's page, and error responses (unknown page,
// unknown API route, and the app's own error routes from the profile: routes.errorRoutes / CGL_ERROR_ROUTES)
// carry no stack trace or framework debug output.
import { randomBytes } from 'node:crypto';
import { judgeNotFound, judgeNoStackTrace } from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';

const unknown = () => randomBytes(6).toString('hex');

test('GET /<unknown> -> 404 with the app page', check('errors.not-found'), async ({ probe }) => {
  expect(judgeNotFound(await probe(`/cgl-missing-${unknown()}`))).toPassCheck();
});

// An unknown page and an unknown API route: the two error paths every app has.
for (const [label, path] of [
  ['page', () => `/cgl-missing-${unknown()}`],
  ['API route', () => `/api/__cgl-missing-${unknown()}`],
] as const) {
  test(`GET unknown ${label} -> no stack trace`, check('errors.no-stack-trace'), async ({ probe }) => {
    expect(judgeNoStackTrace(await probe(path()))).toPassCheck();
  });
}

// Routes that fail on purpose (a Sentry test route, a health check that throws): the error path the app wrote.
for (const path of suiteProfile().routes.errorRoutes) {
  test(`GET ${path} (error route) -> no stack trace`, check('errors.no-stack-trace'), async ({ probe }) => {
    expect(judgeNoStackTrace(await probe(path))).toPassCheck();
  });
}
