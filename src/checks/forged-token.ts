// A protected API route must refuse every forged session token. Accepting one is not a misconfiguration but
// an open door, so the failure says which attack it lets through.
import { FORGERIES, type ForgeryKind } from '../tokens/forge.ts';
import { isHandshake, isSignIn } from './clerk-redirects.ts';
import { describeResponse, isRedirect, isSuccess, locationURL, type ResponseEvidence } from './evidence.ts';
import type { RouteUnderTest } from './protected-route.ts';
import type { Verdict } from './verdict.ts';

const VERIFY_FIX =
  "Verify every session token with Clerk's SDK before trusting it: let clerkMiddleware() + auth.protect() / auth() (Next.js) or clerkMiddleware() + getAuth(req) / requireAuth() (Express) decide, or call verifyToken() from @clerk/backend with the instance's key and authorizedParties. Never decode a JWT yourself (jwt.decode, atob of the payload) and never accept alg \"none\".";

/**
 * `signedOut`: the same route without any token. When that is served too, the route is unprotected (its own
 * check fails) and a forged token proves nothing here: the verdict is skipped with that reason.
 */
export function judgeForgedTokenDenied(evidence: ResponseEvidence, route: RouteUnderTest, kind: ForgeryKind, context: { paths: { signIn: string }; forgedSub?: string; signedOut?: ResponseEvidence }): Verdict {
  const forgery = FORGERIES[kind];
  const denied = route.denied ?? [401, 403, 404];
  const name = `${route.method ?? 'GET'} ${route.path}`;
  const base = {
    id: 'api.forged-token.denied',
    title: `${name} with a forged Bearer token (${forgery.claim}) -> denied`,
    url: evidence.url,
    expected: `${denied.join(', ')}, or a redirect to ${context.paths.signIn} or to Clerk's handshake`,
    actual: describeResponse(evidence),
  } as const;
  const { status } = evidence;
  if (context.signedOut && isSuccess(context.signedOut.status)) {
    return { ...base, pass: false, fix: '', skip: `${name} answers ${context.signedOut.status} without any token, so forged tokens prove nothing here: protect the route first (api.protected.signed-out-denied).` };
  }
  if (isSuccess(status)) {
    const impersonated = context.forgedSub && evidence.bodyExcerpt.includes(context.forgedSub) ? ` It answered as the forged user ${context.forgedSub}.` : '';
    return { ...base, pass: false, fix: `SECURITY: the route ACCEPTED a forged token: ${forgery.attack}.${impersonated} ${VERIFY_FIX}` };
  }
  if (denied.includes(status)) return { ...base, pass: true, fix: '' };
  if (isRedirect(status)) {
    const location = locationURL(evidence);
    if (location && (isHandshake(location) || isSignIn(location, context.paths.signIn, evidence.url))) return { ...base, pass: true, fix: '' };
  }
  if (status >= 500) return { ...base, pass: false, fix: `The route crashes on a forged token instead of refusing it: treat a token that fails verification as signed out and answer 401. ${VERIFY_FIX}` };
  return { ...base, pass: false, fix: `If ${status} is how this route refuses a request, add it to routes.protectedApi[].denied in the profile.` };
}
