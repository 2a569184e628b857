// A protected API route must refuse every forged session token. Accepting one is not a misconfiguration but
// an open door, so the failure says which attack it lets through.
import { FORGERIES, type ForgeryKind } from '../tokens/forge.ts';
import { DEFAULT_DENIED, deniedExpectation, isSignInOrHandshake } from './clerk-signals.ts';
import { describeResponse, isRedirect, isSuccess, locationURL, type ResponseEvidence } from './evidence.ts';
import { bodyFix, isValidationStatus, type RouteUnderTest } from './protected-route.ts';
import type { CheckId } from './catalog.ts';
import type { Verdict } from './verdict.ts';
import { fixFor } from './framework.ts';

const NEVER_DECODE = 'Never decode a JWT yourself (jwt.decode, atob of the payload) and never accept alg "none".';
const VERIFY_FIX = () =>
  fixFor({
    nextjs:
      "Verify every session token with Clerk's SDK before trusting it: let clerkMiddleware() in middleware.ts / " +
      `proxy.ts with auth.protect() / auth() decide who is signed in. ${NEVER_DECODE}`,
    express:
      "Verify every session token with Clerk's SDK before trusting it: app.use(clerkMiddleware()), then " +
      `getAuth(req).userId decides who is signed in. ${NEVER_DECODE}`,
    generic:
      "Verify every session token with Clerk's SDK before trusting it: @clerk/backend's " +
      'createClerkClient(…).authenticateRequest(request, { authorizedParties }), or verifyToken(token, { jwtKey, ' +
      `authorizedParties }) for a bare token. ${NEVER_DECODE}`,
    any:
      "Verify every session token with Clerk's SDK before trusting it: let clerkMiddleware() + " +
      'auth.protect() / auth() (Next.js) or clerkMiddleware() + getAuth(req) / requireAuth() ' +
      "(Express) decide, or call verifyToken() from @clerk/backend with the instance's key and " +
      `authorizedParties. ${NEVER_DECODE}`,
  });

/** How the token reached the route: as `Authorization: Bearer`, or in the `__session` cookie a browser sends. */
export type TokenTransport = 'bearer' | 'cookie';

const TRANSPORT_NAME: Record<TokenTransport, string> = {
  bearer: 'Authorization: Bearer',
  cookie: 'the __session cookie',
};

/** A token the route must refuse: what it is, what accepting it lets through, and how to stop that. */
export interface RefusedToken {
  id: CheckId;
  /** What the token is, in "the route ACCEPTED <noun>": e.g. "a forged token". */
  noun: string;
  /** e.g. "signed with a key that is not the instance's". */
  claim: string;
  /** e.g. "anyone can mint tokens for any user". */
  attack: string;
  fix: string;
  transport: TokenTransport;
}

/**
 * `signedOut`: the same route without any token. When that is served too, the route is unprotected (its own
 * check fails) and a token proves nothing here: the verdict is skipped with that reason.
 */
export function judgeTokenRefused(
  evidence: ResponseEvidence,
  route: RouteUnderTest,
  token: RefusedToken,
  context: { paths: { signIn: string }; forgedSub?: string; signedOut?: ResponseEvidence },
): Verdict {
  const denied = route.denied ?? DEFAULT_DENIED;
  const name = `${route.method ?? 'GET'} ${route.path}`;
  const base = {
    id: token.id,
    title: `${name} with ${token.noun} in ${TRANSPORT_NAME[token.transport]} (${token.claim}) -> denied`,
    url: evidence.url,
    expected: deniedExpectation(denied, context.paths.signIn),
    actual: describeResponse(evidence),
  } as const;
  const { status } = evidence;
  if (context.signedOut && isSuccess(context.signedOut.status)) {
    return {
      ...base,
      pass: false,
      fix: '',
      skip: `${name} answers ${context.signedOut.status} without any token, so this token proves nothing here: protect the route first (api.protected.signed-out-denied).`,
    };
  }
  if (isSuccess(status)) {
    const impersonated =
      context.forgedSub && evidence.bodyExcerpt.includes(context.forgedSub)
        ? ` It answered as the forged user ${context.forgedSub}.`
        : '';
    return {
      ...base,
      pass: false,
      fix: `SECURITY: the route ACCEPTED ${token.noun}: ${token.attack}.${impersonated} ${token.fix}`,
    };
  }
  if (denied.includes(status)) return { ...base, pass: true, fix: '' };
  if (isRedirect(status) && isSignInOrHandshake(locationURL(evidence), context.paths.signIn, evidence.url))
    return { ...base, pass: true, fix: '' };
  if (status >= 500)
    return {
      ...base,
      pass: false,
      fix: `The route crashes on ${token.noun} instead of refusing it: treat a token that fails verification as signed out and answer 401. ${token.fix}`,
    };
  return {
    ...base,
    pass: false,
    fix: isValidationStatus(status)
      ? bodyFix(route, status, false)
      : `If ${status} is how this route refuses a request, add it to routes.protectedApi[].denied in the profile.`,
  };
}

/** A forged token (src/tokens/forge.ts), sent as Bearer (default) or in the __session cookie. */
export function judgeForgedTokenDenied(
  evidence: ResponseEvidence,
  route: RouteUnderTest,
  kind: ForgeryKind,
  context: { paths: { signIn: string }; forgedSub?: string; signedOut?: ResponseEvidence; transport?: TokenTransport },
): Verdict {
  const forgery = FORGERIES[kind];
  const token: RefusedToken = {
    id: 'api.forged-token.denied',
    noun: 'a forged token',
    claim: forgery.claim,
    attack: forgery.attack,
    fix: VERIFY_FIX(),
    transport: context.transport ?? 'bearer',
  };
  return judgeTokenRefused(evidence, route, token, context);
}
