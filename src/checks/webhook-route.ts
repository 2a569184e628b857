// The webhook path must be public: Clerk's deliveries carry no session, so a middleware that protects the
// path answers them 401/403/404 or redirects them to sign-in, and every event is lost (the most common
// production mistake with Clerk webhooks).
import { AUTH_REASON_HEADER, DEFAULT_DENIED, isProtectRewrite, isSignIn, PROTECT_REWRITE } from './clerk-signals.ts';
import { describeResponse, isRedirect, locationURL, pathOf, type ResponseEvidence } from './evidence.ts';
import type { Verdict } from './verdict.ts';
import { fixFor } from './framework.ts';

/** The createRouteMatcher pattern that makes this webhook path public. */
export function publicPatternFor(path: string): string {
  return path.startsWith('/api/webhooks') ? '/api/webhooks(.*)' : `${path}(.*)`;
}

/** Why a correctly signed delivery was blocked before the handler, or null when it reached the handler. */
export function blockedBy(evidence: ResponseEvidence, signIn: string): string | null {
  const { status } = evidence;
  if (isRedirect(status)) {
    const location = locationURL(evidence);
    if (!location) return `a ${status} redirect`;
    return isSignIn(location, signIn, evidence.url) ? 'a redirect to sign-in' : `a redirect to ${location.pathname}`;
  }
  if (DEFAULT_DENIED.includes(status)) {
    return isProtectRewrite(evidence)
      ? `${status} from auth.protect() (${AUTH_REASON_HEADER}: ${PROTECT_REWRITE})`
      : `${status}`;
  }
  return null;
}

/** A correctly signed delivery must reach the handler: anything it answers (2xx, 400, 5xx) proves that. */
export function judgeRouteReachable(evidence: ResponseEvidence, signIn: string): Verdict {
  const path = pathOf(evidence.url);
  const pattern = publicPatternFor(path.split('?')[0] ?? path);
  const base = {
    id: 'webhooks.route-public',
    title: `POST ${path}, correctly signed, reaches the webhook handler`,
    url: evidence.url,
    expected: 'an answer from the handler (not 401/403/404 or a redirect to sign-in)',
    actual: describeResponse(evidence),
  } as const;
  const blocked = blockedBy(evidence, signIn);
  if (!blocked) return { ...base, pass: true, fix: '' };
  return {
    ...base,
    pass: false,
    fix:
      `The middleware blocks the webhook path (${blocked}): Clerk's deliveries carry no session, so every event is lost. ` +
      fixFor({
        nextjs: `Add '${pattern}' to the public routes: createRouteMatcher([... '${pattern}']) in middleware.ts / proxy.ts. `,
        express: `Mount the webhook route before requireAuth() (app.post('${path}', express.raw({ type: 'application/json' }), …)). `,
        generic: `Let ${path} through the app's session check. `,
        any: `Add '${pattern}' to the public routes: createRouteMatcher([... '${pattern}']) in middleware.ts / proxy.ts, or with @clerk/express mount the webhook route before requireAuth(). `,
      }) +
      `(A 404 with no Clerk headers can also mean no handler at ${path}: check CGL_WEBHOOK_PATH; a 401 from the handler itself means its CLERK_WEBHOOK_SIGNING_SECRET differs from the one this suite signs with.)`,
  };
}
