/**
 * The route table: for every endpoint the emulator implements (and the ones it is about to), the
 * schema of its success body, keyed by surface, method and path pattern (msw syntax: `:param`,
 * trailing `*`). Error bodies (4xx/5xx) are ClerkErrors on every route and live in validate.ts.
 * `redirect` routes answer 3xx with an empty body and a Location; `asset` routes are not JSON.
 */
import { z } from 'zod';

import {
  bapiSession,
  deletedObject,
  domain,
  instance,
  organization,
  organizationMembership,
  paginated,
  signInToken,
  testingToken,
  totalCount,
} from './bapi-resources.ts';
import { jwks, token } from './common.ts';
import { environment } from './environment.ts';
import {
  devBrowser,
  fapiClient,
  fapiSession,
  fapiSignIn,
  fapiSignUp,
  handshakePayload,
  wrapped,
} from './fapi-resources.ts';
import { bapiUser } from './user.ts';

export type Surface = 'fapi' | 'bapi';
export type Success = z.ZodType | 'redirect' | 'asset';

export interface Route {
  surface: Surface;
  method: string;
  path: string;
  success: Success;
}

const route = (surface: Surface, method: string, path: string, success: Success): Route => ({
  surface,
  method,
  path,
  success,
});
const fapi = (method: string, path: string, success: Success) => route('fapi', method, path, success);
const bapi = (method: string, path: string, success: Success) => route('bapi', method, path, success);

/** Client.DeleteSession: the client after sign-out (or null when the client itself is gone). */
const deleteSession = z.object({
  response: fapiClient.nullable(),
  client: z.record(z.string(), z.unknown()).nullable(),
});
const wrappedClient = z.object({ response: fapiClient.nullable(), client: fapiClient.nullable() });
const signIn = wrapped(fapiSignIn);
const signUp = wrapped(fapiSignUp);
const session = wrapped(fapiSession);

export const ROUTES: readonly Route[] = [
  // Frontend API
  fapi('POST', '/v1/dev_browser', devBrowser),
  fapi('GET', '/v1/environment', environment),
  fapi('PATCH', '/v1/environment', environment),
  fapi('GET', '/v1/client/handshake', 'redirect'),
  fapi('GET', '/v1/client', wrappedClient),
  fapi('PUT', '/v1/client', wrappedClient),
  fapi('POST', '/v1/client', wrappedClient),
  fapi('DELETE', '/v1/client', deleteSession),
  fapi('POST', '/v1/client/sign_ins', signIn),
  fapi('GET', '/v1/client/sign_ins/:signInId', signIn),
  fapi('POST', '/v1/client/sign_ins/:signInId/prepare_first_factor', signIn),
  fapi('POST', '/v1/client/sign_ins/:signInId/attempt_first_factor', signIn),
  fapi('POST', '/v1/client/sign_ins/:signInId/prepare_second_factor', signIn),
  fapi('POST', '/v1/client/sign_ins/:signInId/attempt_second_factor', signIn),
  fapi('POST', '/v1/client/sign_ups', signUp),
  fapi('GET', '/v1/client/sign_ups/:signUpId', signUp),
  fapi('PATCH', '/v1/client/sign_ups/:signUpId', signUp),
  fapi('POST', '/v1/client/sign_ups/:signUpId/prepare_verification', signUp),
  fapi('POST', '/v1/client/sign_ups/:signUpId/attempt_verification', signUp),
  fapi('GET', '/v1/client/sessions/:sessionId', session),
  fapi('POST', '/v1/client/sessions/:sessionId/touch', session),
  fapi('POST', '/v1/client/sessions/:sessionId/end', session),
  fapi('POST', '/v1/client/sessions/:sessionId/remove', session),
  fapi('POST', '/v1/client/sessions/:sessionId/tokens', token),
  fapi('POST', '/v1/client/sessions/:sessionId/tokens/:template', token),
  fapi('DELETE', '/v1/client/sessions', deleteSession),
  fapi('GET', '/.well-known/jwks.json', jwks),
  fapi('GET', '/v1/jwks', jwks),
  fapi('GET', '/npm/@clerk/:spec/dist/*', 'asset'),
  // Backend API
  bapi('GET', '/v1/jwks', jwks),
  bapi('POST', '/v1/testing_tokens', testingToken),
  bapi('GET', '/v1/clients/handshake_payload', handshakePayload),
  bapi('GET', '/v1/users', z.array(bapiUser)),
  bapi('POST', '/v1/users', bapiUser),
  bapi('GET', '/v1/users/count', totalCount),
  bapi('GET', '/v1/users/:userId', bapiUser),
  bapi('PATCH', '/v1/users/:userId', bapiUser),
  bapi('DELETE', '/v1/users/:userId', deletedObject),
  bapi('GET', '/v1/users/:userId/organization_memberships', paginated(organizationMembership)),
  // A bare array, or `{ data, total_count }` with `?paginated=true` (what @clerk/backend asks for).
  bapi('GET', '/v1/sessions', z.union([z.array(bapiSession), paginated(bapiSession)])),
  bapi('POST', '/v1/sessions', bapiSession),
  bapi('GET', '/v1/sessions/:sessionId', bapiSession),
  bapi('POST', '/v1/sessions/:sessionId/revoke', bapiSession),
  bapi('POST', '/v1/sessions/:sessionId/tokens', token),
  bapi('POST', '/v1/sign_in_tokens', signInToken),
  bapi('POST', '/v1/sign_in_tokens/:signInTokenId/revoke', signInToken),
  bapi('GET', '/v1/organizations', paginated(organization)),
  bapi('POST', '/v1/organizations', organization),
  bapi('GET', '/v1/organizations/:organizationId', organization),
  bapi('PATCH', '/v1/organizations/:organizationId', organization),
  bapi('DELETE', '/v1/organizations/:organizationId', deletedObject),
  bapi('GET', '/v1/organizations/:organizationId/memberships', paginated(organizationMembership)),
  bapi('POST', '/v1/organizations/:organizationId/memberships', organizationMembership),
  bapi('GET', '/v1/instance', instance),
  bapi('GET', '/v1/domains', paginated(domain)),
];

const compiled = ROUTES.map((r) => ({
  route: r,
  params: (r.path.match(/[:*]/g) ?? []).length,
  regex: new RegExp(
    `^${r.path
      .replace(/[.]/g, '\\.')
      .replace(/:[^/]+/g, '[^/]+')
      .replace(/\*$/, '.+')}$`,
  ),
}));

/** The route a request lands on; literal segments win over parameters (`/users/count` vs `/users/:id`). */
export function findRoute(surface: Surface, method: string, path: string): Route | undefined {
  return compiled
    .filter((c) => c.route.surface === surface && c.route.method === method.toUpperCase() && c.regex.test(path))
    .sort((a, b) => a.params - b.params)[0]?.route;
}

/** A pattern with its parameter names erased, to compare msw handler paths with table entries. */
export const patternKey = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/:[^/]+/g, ':')}`;
