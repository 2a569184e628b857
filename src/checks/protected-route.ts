// The auth boundary of one protected route: signed out it must be denied, signed in it must serve the user.
// Apps deny in different ways (Next's auth.protect() answers 404 or a redirect, Express apps 401), so the
// statuses come from the profile's route table, and a redirect to sign-in or to Clerk's handshake counts.
import {
  clerkSaysSignedOut,
  DEFAULT_ALLOWED,
  DEFAULT_DENIED,
  deniedExpectation,
  isProtectRewrite,
  isSignInOrHandshake,
} from './clerk-signals.ts';
import { describeResponse, isRedirect, isSuccess, locationURL, type ResponseEvidence } from './evidence.ts';
import { judgeForUser, type SignedInIdentity } from './for-user.ts';
import type { ForUser } from '../config/types.ts';
import type { Verdict } from './verdict.ts';
import { fixFor } from './framework.ts';

export interface RouteUnderTest {
  path: string;
  /** The path as the profile wrote it, with :params (fix texts name it). */
  pattern?: string;
  method?: string;
  denied?: readonly number[];
  allowed?: readonly number[];
  forUser?: ForUser;
  /** Whether the checks sent a body (JSON or form): a 400 without one most likely means "give it a body". */
  body?: unknown;
  form?: unknown;
}

type Kind = 'api' | 'page';

function protectFix(path: string, method = 'GET'): string {
  const handler = 'or return 401 from the handler when there is no signed-in user';
  return fixFor({
    nextjs: `This route serves signed-out requests. Protect it in middleware.ts / proxy.ts: add '${path}(.*)' to the createRouteMatcher([...]) list that clerkMiddleware() guards with \`await auth.protect()\`, and make sure the middleware matcher covers it (Clerk's default config.matcher includes '/(api|trpc)(.*)'); or return 401 from the handler when \`(await auth()).userId\` is null.`,
    express: `This route serves signed-out requests. With @clerk/express, after app.use(clerkMiddleware()): answer 401 when getAuth(req).userId is null, in the handler or a middleware on the route (app.${method.toLowerCase()}('${path}', (req, res, next) => (getAuth(req).userId ? next() : res.status(401).json({ error: 'unauthenticated' })), …)) (requireAuth() is deprecated and redirects, which suits no API).`,
    generic: `This route serves signed-out requests. Verify the session before the handler runs: @clerk/backend's authenticateRequest(request, { authorizedParties }) and answer 401 unless it says signed in (toAuth().userId); ${handler}.`,
    any: `This route serves signed-out requests. Protect it with Clerk's middleware — Next.js: add '${path}(.*)' to the createRouteMatcher([...]) list that clerkMiddleware() guards with \`await auth.protect()\` in middleware.ts / proxy.ts (Clerk's default config.matcher includes '/(api|trpc)(.*)'); Express: answer 401 when getAuth(req).userId is null, after app.use(clerkMiddleware()); elsewhere: authenticateRequest() from @clerk/backend — ${handler}.`,
  });
}

/** How the handler reads the signed-in user, per framework. */
const userIdRead = () =>
  fixFor({
    nextjs: '`(await auth()).userId`',
    express: '`getAuth(req).userId`',
    generic: "the userId @clerk/backend's authenticateRequest() gives (`toAuth().userId`)",
    any: '`(await auth()).userId`',
  });

/** How to deny a signed-out request, per framework (the tail of a sentence); `nextjs` is also the `any` text. */
const denyHow = (nextjs: string) =>
  fixFor({
    nextjs,
    express: 'answer 401 when getAuth(req).userId is null, after app.use(clerkMiddleware())',
    generic: "answer 401 unless @clerk/backend's authenticateRequest() says signed in",
    any: nextjs,
  });

/** 400 and 422 are how a route refuses a request it cannot validate, not how it refuses a visitor. */
export const isValidationStatus = (status: number): boolean => status === 400 || status === 422;

/**
 * The fix for a route that rejects the request itself: never "count 400 as denied", which would let an
 * unprotected write pass as long as its probe was malformed.
 */
export function bodyFix(route: RouteUnderTest, status: number, signedIn: boolean): string {
  const sent = route.body !== undefined || route.form !== undefined;
  const what = sent
    ? 'the "body" (or "form") the profile sends does not pass its validation'
    : 'it needs a request body';
  return (
    `${status} ${signedIn ? 'signed in' : 'signed out'}: the route rejected the request itself, so ${what} and ` +
    `the request never reached ${signedIn ? 'the part that serves the user' : 'its session check'}. Set this ` +
    'route\'s "body" (JSON) or "form" in routes.protectedApi in clerk-go-live.config.ts to a request the route ' +
    `accepts (and "headers" if it needs one). Do not add ${status} to "denied": a write that is not protected ` +
    'would then pass as long as the probe was malformed.'
  );
}

const statusFix = (route: RouteUnderTest, status: number, signedIn: boolean) =>
  isValidationStatus(status)
    ? bodyFix(route, status, signedIn)
    : `If ${status} is how the app answers here on purpose, add it to this route's "${signedIn ? 'allowed' : 'denied'}" statuses in the profile (routes.protectedApi[].${signedIn ? 'allowed' : 'denied'} in clerk-go-live.config.ts).`;

/**
 * `signedIn`: the same route fetched signed in, when the signed-out answer was a bare 404 (no Clerk marker):
 * a route that is 404 for everyone does not exist, and the profile is wrong, not the route "protected".
 */
export function judgeSignedOutDenied(
  evidence: ResponseEvidence,
  route: RouteUnderTest,
  context: { paths: { signIn: string }; kind?: Kind; signedIn?: ResponseEvidence },
): Verdict {
  const kind = context.kind ?? 'api';
  const denied = route.denied ?? DEFAULT_DENIED;
  const name = `${route.method ?? 'GET'} ${route.path}`;
  const base = {
    id: kind === 'api' ? 'api.protected.signed-out-denied' : 'auth.protected-page.signed-out-denied',
    title: `${name} signed out -> denied`,
    url: evidence.url,
    expected: deniedExpectation(denied, context.paths.signIn),
    actual: describeResponse(evidence),
  } as const;
  const { status } = evidence;
  if (
    status === 404 &&
    context.signedIn?.status === 404 &&
    !isProtectRewrite(context.signedIn) &&
    !isProtectRewrite(evidence)
  ) {
    return {
      ...base,
      pass: false,
      actual: `${base.actual}; signed in: 404 too`,
      fix: `PROFILE ERROR: ${name} answers 404 signed in as well, so it does not exist on the target and proves nothing about protection. Fix the route table (CGL_PROTECTED_API / routes.protectedApi) to list the app's real protected routes.`,
    };
  }
  if (denied.includes(status)) return { ...base, pass: true, fix: '' };
  if (isRedirect(status)) {
    const location = locationURL(evidence);
    if (isSignInOrHandshake(location, context.paths.signIn, evidence.url)) return { ...base, pass: true, fix: '' };
    return {
      ...base,
      pass: false,
      fix: location
        ? `The redirect goes neither to the sign-in page nor to Clerk's handshake. If ${location.pathname} is the sign-in page, set CGL_SIGN_IN_PATH (paths.signIn); otherwise ${denyHow('protect the route with auth.protect(), which redirects to sign-in')}.`
        : `The redirect has no usable Location header: ${denyHow('protect the route with auth.protect() in clerkMiddleware()')}.`,
    };
  }
  if (isSuccess(status)) return { ...base, pass: false, fix: protectFix(route.pattern ?? route.path, route.method) };
  if (status >= 500)
    return {
      ...base,
      pass: false,
      fix: `The route crashes for a signed-out request: when ${userIdRead()} is null, return 401 instead of using the missing user.`,
    };
  return { ...base, pass: false, fix: statusFix(route, status, false) };
}

const SESSION_FIX = () =>
  fixFor({
    nextjs:
      'The app did not accept the signed-in session. Check that clerkMiddleware() runs for this route (the ' +
      'middleware/proxy matcher includes it), that the handler reads the session with auth(), and that ' +
      'CLERK_SECRET_KEY on the server belongs to the same instance as the publishable key.',
    express:
      'The app did not accept the signed-in session. Check that app.use(clerkMiddleware()) runs before this ' +
      'route, that the handler reads the session with getAuth(req), and that CLERK_SECRET_KEY on the server ' +
      'belongs to the same instance as the publishable key.',
    generic:
      "The app did not accept the signed-in session. Check that the server verifies Clerk's __session cookie " +
      "and Bearer token (@clerk/backend's authenticateRequest()), that authorizedParties includes this " +
      "target's origin, and that CLERK_SECRET_KEY belongs to the same instance as the publishable key.",
    any:
      'The app did not accept the signed-in session. Check that clerkMiddleware() runs for this ' +
      'route (the middleware/proxy matcher includes it), that the handler reads the session with ' +
      'auth() / getAuth(req), and that CLERK_SECRET_KEY on the server belongs to the same ' +
      'instance as the publishable key.',
  });

/**
 * `user`: who is signed in; the answer must then be theirs, recognised by the route's `forUser` (default: the
 * user id in the body). `userId` is shorthand for `user: { userId }`. `signedOut`: the same request without a
 * session, which forUser 'none' compares against.
 */
export function judgeSignedInAllowed(
  evidence: ResponseEvidence,
  route: RouteUnderTest,
  context: {
    userId?: string;
    user?: SignedInIdentity;
    signedOut?: ResponseEvidence;
    kind?: Kind;
    paths?: { signIn: string };
  } = {},
): Verdict {
  const kind = context.kind ?? 'api';
  const allowed = route.allowed ?? DEFAULT_ALLOWED;
  const name = `${route.method ?? 'GET'} ${route.path}`;
  const who = context.user ?? (context.userId ? { userId: context.userId } : undefined);
  const forUser = who ? judgeForUser(evidence, route.forUser ?? 'userId', who, context.signedOut) : undefined;
  const base = {
    id: kind === 'api' ? 'api.protected.signed-in-allowed' : 'auth.protected-page.signed-in',
    title: `${name} signed in -> allowed${who ? ' for that user' : ''}`,
    url: evidence.url,
    expected: `${allowed.join(', ')}${forUser ? `, with ${forUser.expected}` : ''}`,
    actual: describeResponse(evidence),
  } as const;
  const { status } = evidence;
  // @clerk/nextjs reports how it saw the request: signed-out, or a 404 made by auth.protect().
  const signedOut = clerkSaysSignedOut(evidence);
  if (allowed.includes(status)) {
    if (forUser && !forUser.ok) {
      const howToTell =
        route.forUser === undefined || route.forUser === 'userId'
          ? " If the route answers the user's data without naming the user, say how to recognise it: forUser " +
            "'email', { jsonPath: '$.data.owner' }, { header: 'x-user-id' } or 'none' on this route."
          : '';
      return {
        ...base,
        pass: false,
        fix: `The route answered ${status} but ${forUser.problem}: it may not read the session. Return data for ${userIdRead()}.${howToTell}`,
      };
    }
    return { ...base, pass: true, fix: '' };
  }
  if (status === 404 && !signedOut) {
    return {
      ...base,
      pass: false,
      fix: `${name} does not exist on the target (404 signed in): fix the profile's route table (CGL_PROTECTED_API / routes.protectedApi in clerk-go-live.config.ts) to list the app's real protected routes.`,
    };
  }
  if (isRedirect(status)) {
    const location = locationURL(evidence);
    const toSignIn = isSignInOrHandshake(location, context.paths?.signIn ?? '/sign-in', evidence.url);
    return {
      ...base,
      pass: false,
      fix:
        toSignIn || !location
          ? SESSION_FIX()
          : `The route redirects to ${location.pathname}: list the path that serves the signed-in user in the profile instead.`,
    };
  }
  if (status === 403 && !signedOut) {
    return {
      ...base,
      pass: false,
      fix: `403 signed in: either the test user lacks the role or permission this route needs (give it access), or the session was not accepted. ${SESSION_FIX()}`,
    };
  }
  if (status === 401 || status === 403 || status === 404) return { ...base, pass: false, fix: SESSION_FIX() };
  if (status >= 500)
    return {
      ...base,
      pass: false,
      fix: 'The route crashes for a signed-in request: check the server logs for this request.',
    };
  return { ...base, pass: false, fix: statusFix(route, status, true) };
}
