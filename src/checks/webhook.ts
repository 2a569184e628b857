// A Clerk webhook endpoint must accept a correctly signed delivery and reject a wrongly signed one. Apps reject
// with 400 (Clerk's examples) or 401, so the rejection statuses come from the profile.
import { describeResponse, isRedirect, isSuccess, pathOf, type ResponseEvidence } from './evidence.ts';
import type { Verdict } from './verdict.ts';

const MAKE_PUBLIC = "Clerk's middleware is guarding the webhook route, so deliveries never reach the handler: make it public (leave '/api/webhooks(.*)' out of the protected createRouteMatcher list, or list it as public).";

// @clerk/nextjs stamps x-clerk-auth-status/-reason on every response it handles, public routes included; only
// "protect-rewrite" (auth.protect() turning the request into a 404) says the handler never ran.
function reachedHandler(evidence: ResponseEvidence): boolean {
  return !isRedirect(evidence.status) && !(evidence.headers['x-clerk-auth-reason'] ?? '').includes('protect-rewrite');
}

export function judgeWebhookAccepted(evidence: ResponseEvidence): Verdict {
  const path = pathOf(evidence.url);
  const base = {
    id: 'webhooks.valid-signature-accepted',
    title: `POST ${path} with a valid Svix signature -> 2xx`,
    url: evidence.url,
    expected: 'a 2xx status',
    actual: describeResponse(evidence),
  } as const;
  const { status } = evidence;
  if (isSuccess(status)) return { ...base, pass: true, fix: '' };
  let fix: string;
  if (!reachedHandler(evidence)) fix = MAKE_PUBLIC;
  else if (status === 404) fix = `No webhook handler answers at ${path}: set CGL_WEBHOOK_PATH (webhook.path) to the path of the endpoint registered in Clerk Dashboard → Webhooks, or add the route.`;
  else if (status === 405) fix = `${path} does not accept POST: export a POST handler there.`;
  else if (status >= 500) fix = "The handler crashed on a valid event: check the server logs. If it calls svix's Webhook.verify() directly, svix 2.x returns nothing, so parse the body yourself, or use verifyWebhook(req) from @clerk/nextjs/webhooks (@clerk/express/webhooks).";
  else if (status >= 400) fix = "The app rejected a correctly signed event: the app's CLERK_WEBHOOK_SIGNING_SECRET must be the endpoint's Signing Secret (Clerk Dashboard → Webhooks → endpoint), the same one this suite signs with, and the handler must verify the raw body (not JSON re-serialised).";
  else fix = 'Answer a delivered event with 200 once it is handled: Clerk (Svix) retries anything else.';
  return { ...base, pass: false, fix };
}

export function judgeWebhookRejected(evidence: ResponseEvidence, rejectStatuses: readonly number[] = [400, 401]): Verdict {
  const path = pathOf(evidence.url);
  const base = {
    id: 'webhooks.bad-signature-rejected',
    title: `POST ${path} with a wrong signature -> ${rejectStatuses.join(' or ')}`,
    url: evidence.url,
    expected: `${rejectStatuses.join(' or ')} (the signature is checked and the event refused)`,
    actual: describeResponse(evidence),
  } as const;
  const { status } = evidence;
  // A 5xx is a failure whatever the profile lists: the handler crashed instead of refusing.
  if (status < 500 && rejectStatuses.includes(status) && reachedHandler(evidence)) return { ...base, pass: true, fix: '' };
  let fix: string;
  if (isSuccess(status)) fix = 'The endpoint accepted an event signed with the wrong secret, so anyone can forge Clerk events: verify every delivery with verifyWebhook(req) from @clerk/nextjs/webhooks (or svix\'s Webhook.verify on the raw body) before acting on it, and answer 400 when verification throws.';
  else if (status >= 500) fix = 'The handler crashes on a bad signature: catch the verification error and answer 400.';
  else if (!reachedHandler(evidence)) fix = `${MAKE_PUBLIC} Until then this check proves nothing about signature verification.`;
  else if (status === 404) fix = `No webhook handler answers at ${path}: set CGL_WEBHOOK_PATH (webhook.path) to the endpoint registered in Clerk Dashboard → Webhooks.`;
  else fix = `If ${status} is how the app refuses a bad signature, list it in webhook.rejectStatuses (CGL_WEBHOOK_REJECT_STATUSES); Clerk's examples answer 400.`;
  return { ...base, pass: false, fix };
}
