// A Clerk webhook endpoint must accept a correctly signed delivery and reject a wrongly signed one. Apps reject
// with 400 (Clerk's examples) or 401, so the rejection statuses come from the profile. The negative cases
// (missing headers, stale timestamps, …) are in webhook-cases.ts; route reachability in webhook-route.ts.
import type { CheckId } from './catalog.ts';
import { isProtectRewrite } from './clerk-signals.ts';
import { describeResponse, isRedirect, isSuccess, pathOf, type ResponseEvidence } from './evidence.ts';
import type { Verdict } from './verdict.ts';
import { publicPatternFor } from './webhook-route.ts';
import { fixFor } from './framework.ts';

const makePublic = (path: string) =>
  fixFor({
    nextjs: `Clerk's middleware is guarding the webhook route, so deliveries never reach the handler: add '${publicPatternFor(path)}' to the public routes (createRouteMatcher([... '${publicPatternFor(path)}']) in middleware.ts / proxy.ts).`,
    express: `Clerk's middleware is guarding the webhook route, so deliveries never reach the handler: mount the webhook route (app.post('${path}', express.raw({ type: 'application/json' }), …)) before requireAuth().`,
    generic: `The app's session check is guarding the webhook route, so deliveries never reach the handler: let ${path} through without a session (Clerk's deliveries carry only Svix signatures).`,
    any: `Clerk's middleware is guarding the webhook route, so deliveries never reach the handler: add '${publicPatternFor(path)}' to the public routes (createRouteMatcher([... '${publicPatternFor(path)}']) in middleware.ts / proxy.ts; with @clerk/express, mount the webhook route before requireAuth()).`,
  });

/** How to verify a delivery in the target's framework; `then`: what follows the verification. */
export const verifyDelivery = (then: string) =>
  fixFor({
    nextjs: `verify every delivery with verifyWebhook(req) from @clerk/nextjs/webhooks ${then}`,
    express:
      `verify every delivery with verifyWebhook(req) from @clerk/express/webhooks, on a route mounted with ` +
      `express.raw({ type: 'application/json' }) before app.use(express.json()), ${then}`,
    generic:
      `verify every delivery with verifyWebhook(request) from @clerk/backend/webhooks (or svix's ` +
      `Webhook.verify on the raw body) ${then}`,
    any:
      `verify every delivery with verifyWebhook(req) from @clerk/nextjs/webhooks (or ` +
      `svix's Webhook.verify on the raw body) ${then}`,
  });

// @clerk/nextjs stamps x-clerk-auth-status/-reason on every response it handles, public routes included; only
// "protect-rewrite" (auth.protect() turning the request into a 404) says the handler never ran.
export function reachedHandler(evidence: ResponseEvidence): boolean {
  return !isRedirect(evidence.status) && !isProtectRewrite(evidence);
}

/** A delivery that got no answer before the client gave up. */
export interface TimedOut {
  url: string;
  timedOutAfterMs: number;
}

export interface AcceptedCase {
  id?: CheckId;
  /** What was delivered, e.g. "a correctly signed session.created". */
  what?: string;
}

/** A correctly signed delivery (or null: no answer before the timeout) must get a 2xx. */
export function judgeWebhookAccepted(evidence: ResponseEvidence | TimedOut, options: AcceptedCase = {}): Verdict {
  const path = pathOf(evidence.url);
  const what = options.what ?? 'a correctly signed user.created';
  const base = {
    id: options.id ?? 'webhooks.replay',
    title: `POST ${path} with ${what} -> 2xx`,
    url: evidence.url,
    expected: 'a 2xx status',
  } as const;
  if ('timedOutAfterMs' in evidence) {
    return {
      ...base,
      pass: false,
      actual: `no answer within ${evidence.timedOutAfterMs / 1000} s`,
      fix:
        'Answer fast and do slow work after responding (a queue): Clerk (Svix) gives up after 15 s ' +
        'and retries, delivering the event again.',
    };
  }
  const { status } = evidence;
  const actual = describeResponse(evidence);
  if (isSuccess(status)) return { ...base, pass: true, actual, fix: '' };
  let fix: string;
  if (!reachedHandler(evidence)) fix = makePublic(path);
  else if (status === 404)
    fix = `No webhook handler answers at ${path}: set CGL_WEBHOOK_PATH (webhook.path) to the path of the endpoint registered in Clerk Dashboard → Webhooks, or add the route.`;
  else if (status === 405) fix = `${path} does not accept POST: export a POST handler there.`;
  else if (status >= 500)
    fix =
      'The handler crashed on a valid event: check the server logs (a *.deleted event carries ' +
      "only { id, object, deleted }, not the full object). If it calls svix's Webhook.verify() " +
      'directly, svix 2.x returns nothing, so parse the body yourself, or ' +
      fixFor({
        nextjs: 'use verifyWebhook(req) from @clerk/nextjs/webhooks, which returns the event.',
        express: 'use verifyWebhook(req) from @clerk/express/webhooks, which returns the event.',
        generic: 'use verifyWebhook(request) from @clerk/backend/webhooks, which returns the event.',
        any: 'use verifyWebhook(req) from @clerk/nextjs/webhooks (@clerk/express/webhooks).',
      });
  else if (status >= 400)
    fix =
      "The app rejected a correctly signed event: the app's CLERK_WEBHOOK_SIGNING_SECRET must be " +
      "the endpoint's Signing Secret (Clerk Dashboard → Webhooks → endpoint), the same one this " +
      'suite signs with, and the handler must verify the raw body (not JSON re-serialised). An ' +
      'event type the app does not handle should still get 200, or Clerk retries it.';
  else fix = 'Answer a delivered event with 200 once it is handled: Clerk (Svix) retries anything else.';
  return { ...base, pass: false, actual, fix };
}

export interface RejectedCase {
  id: CheckId;
  /** What was delivered, e.g. "a wrong signature". */
  what: string;
  /** Why accepting it is dangerous and what to change. */
  ifAccepted: string;
  /** Extra statuses that also count as a refusal here (413 for an oversized body). */
  alsoRejecting?: readonly number[];
}

export const BAD_SIGNATURE: RejectedCase = {
  id: 'webhooks.bad-signature-rejected',
  what: 'a wrong signature',
  // A getter: the fix speaks the framework known when the verdict is made, not at import.
  get ifAccepted() {
    return (
      'The endpoint accepted an event signed with the wrong secret, so anyone can forge Clerk ' +
      `events: ${verifyDelivery('before acting on it, and answer 400 when verification throws.')}`
    );
  },
};

export function judgeWebhookRejected(
  evidence: ResponseEvidence | TimedOut,
  rejectStatuses: readonly number[] = [400, 401],
  rule: RejectedCase = BAD_SIGNATURE,
): Verdict {
  const path = pathOf(evidence.url);
  const allowed = [...rejectStatuses, ...(rule.alsoRejecting ?? [])];
  const head = {
    id: rule.id,
    title: `POST ${path} with ${rule.what} -> ${allowed.join(' or ')}`,
    url: evidence.url,
    expected: `${allowed.join(' or ')} (the delivery is checked and refused)`,
  } as const;
  if ('timedOutAfterMs' in evidence) {
    const fix =
      'The endpoint hangs instead of refusing: verify the signature before any slow work, and cap ' +
      'the body size (a 413 counts as a refusal).';
    return { ...head, pass: false, actual: `no answer within ${evidence.timedOutAfterMs / 1000} s`, fix };
  }
  const base = { ...head, actual: describeResponse(evidence) };
  const { status } = evidence;
  // A 5xx is a failure whatever the profile lists: the handler crashed instead of refusing.
  if (status < 500 && allowed.includes(status) && reachedHandler(evidence)) return { ...base, pass: true, fix: '' };
  let fix: string;
  if (isSuccess(status)) fix = rule.ifAccepted;
  else if (status >= 500) fix = 'The handler crashes on a bad delivery: catch the verification error and answer 400.';
  else if (!reachedHandler(evidence))
    fix = `${makePublic(path)} Until then this check proves nothing about signature verification.`;
  else if (status === 404)
    fix = `No webhook handler answers at ${path}: set CGL_WEBHOOK_PATH (webhook.path) to the endpoint registered in Clerk Dashboard → Webhooks.`;
  else
    fix = `If ${status} is how the app refuses a bad signature, list it in webhook.rejectStatuses (CGL_WEBHOOK_REJECT_STATUSES); Clerk's examples answer 400.`;
  return { ...base, pass: false, fix };
}
