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
import type { Verdict } from './verdict.ts';

export interface RouteUnderTest {
  path: string;
  method?: string;
  denied?: readonly number[];
  allowed?: readonly number[];
}

type Kind = 'api' | 'page';

function protectFix(path: string): string {
  return `This route serves signed-out requests. Protect it in middleware.ts / proxy.ts: add '${path}(.*)' to the createRouteMatcher([...]) list that clerkMiddleware() guards with \`await auth.protect()\`, and make sure the middleware matcher covers it (Clerk's default config.matcher includes '/(api|trpc)(.*)'); or return 401 from the handler when \`(await auth()).userId\` is null.`;
}

const statusFix = (status: number) =>
  `If ${status} is how the app answers here on purpose, add it to this route's statuses in the profile (routes.protectedApi[].denied / .allowed in clerk-go-live.config.ts).`;

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
        ? `The redirect goes neither to the sign-in page nor to Clerk's handshake. If ${location.pathname} is the sign-in page, set CGL_SIGN_IN_PATH (paths.signIn); otherwise protect the route with auth.protect(), which redirects to sign-in.`
        : 'The redirect has no usable Location header: protect the route with auth.protect() in clerkMiddleware().',
    };
  }
  if (isSuccess(status)) return { ...base, pass: false, fix: protectFix(route.path) };
  if (status >= 500)
    return {
      ...base,
      pass: false,
      fix:
        'The route crashes for a signed-out request: when `(await auth()).userId` is null, return ' +
        '401 instead of using the missing user.',
    };
  return { ...base, pass: false, fix: statusFix(status) };
}

const SESSION_FIX =
  'The app did not accept the signed-in session. Check that clerkMiddleware() runs for this ' +
  'route (the middleware/proxy matcher includes it), that the handler reads the session with ' +
  'auth() / getAuth(req), and that CLERK_SECRET_KEY on the server belongs to the same ' +
  'instance as the publishable key.';

export function judgeSignedInAllowed(
  evidence: ResponseEvidence,
  route: RouteUnderTest,
  context: { userId?: string; kind?: Kind; paths?: { signIn: string } } = {},
): Verdict {
  const kind = context.kind ?? 'api';
  const allowed = route.allowed ?? DEFAULT_ALLOWED;
  const name = `${route.method ?? 'GET'} ${route.path}`;
  const base = {
    id: kind === 'api' ? 'api.protected.signed-in-allowed' : 'auth.protected-page.signed-in',
    title: `${name} signed in -> allowed${context.userId ? ' for that user' : ''}`,
    url: evidence.url,
    expected: `${allowed.join(', ')}${context.userId ? `, with the signed-in user's id ${context.userId} in the body` : ''}`,
    actual: describeResponse(evidence),
  } as const;
  const { status } = evidence;
  // @clerk/nextjs reports how it saw the request: signed-out, or a 404 made by auth.protect().
  const signedOut = clerkSaysSignedOut(evidence);
  if (allowed.includes(status)) {
    if (context.userId && !evidence.bodyExcerpt.includes(context.userId)) {
      return {
        ...base,
        pass: false,
        fix: `The route answered ${status} but its body (first 1 KB) does not name the signed-in user ${context.userId}: it may not read the session. Return data for \`(await auth()).userId\`.`,
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
          ? SESSION_FIX
          : `The route redirects to ${location.pathname}: list the path that serves the signed-in user in the profile instead.`,
    };
  }
  if (status === 403 && !signedOut) {
    return {
      ...base,
      pass: false,
      fix: `403 signed in: either the test user lacks the role or permission this route needs (give it access), or the session was not accepted. ${SESSION_FIX}`,
    };
  }
  if (status === 401 || status === 403 || status === 404) return { ...base, pass: false, fix: SESSION_FIX };
  if (status >= 500)
    return {
      ...base,
      pass: false,
      fix: 'The route crashes for a signed-in request: check the server logs for this request.',
    };
  return { ...base, pass: false, fix: statusFix(status) };
}
