// What a delivery did, seen through the side-effect probe the profile names (webhook.probeUrl): 2xx means the
// synthetic user exists; 404/410 or a JSON body { "exists": false } means it does not.
import { describeResponse, isSuccess, pathOf, type ResponseEvidence } from './evidence.ts';
import type { Verdict } from './verdict.ts';
import { fixFor } from './framework.ts';

export type ProbeState = 'exists' | 'absent' | 'unknown';

export function probeState(evidence: ResponseEvidence): ProbeState {
  let exists: unknown;
  try {
    exists = (JSON.parse(evidence.bodyExcerpt) as { exists?: unknown } | null)?.exists;
  } catch {
    // Not JSON (or cut at 1 KB): the status decides.
  }
  if (exists === false || evidence.status === 404 || evidence.status === 410) return 'absent';
  if (isSuccess(evidence.status)) return 'exists';
  return 'unknown';
}

/** After user.created (want exists) or user.deleted (want absent): did the probe come to show it in time? */
export function judgeSideEffect(
  evidence: ResponseEvidence,
  want: 'exists' | 'absent',
  event: string,
  waitedMs: number,
  delivery: string,
): Verdict {
  const state = probeState(evidence);
  const base = {
    id: 'webhooks.side-effect',
    title: `after ${event}, GET ${pathOf(evidence.url)} shows the user ${want === 'exists' ? 'exists' : 'is gone'}`,
    url: evidence.url,
    expected: want === 'exists' ? 'a 2xx (the user exists)' : 'a 404 or { "exists": false } (the user is gone)',
    actual: `${describeResponse(evidence)} after ${waitedMs / 1000} s (the ${event} delivery was answered ${delivery})`,
  } as const;
  if (state === want) return { ...base, pass: true, fix: '' };
  const refused = !/^2\d\d\b/.test(delivery);
  const fix = refused
    ? `The ${event} delivery itself was not accepted (${delivery}), so nothing could change: see webhooks.replay for why.`
    : state === 'unknown'
      ? 'The probe URL answers neither 2xx nor 404: point CGL_WEBHOOK_PROBE_URL at a route that ' +
        'answers 2xx when the user exists and 404 (or { "exists": false }) when not, readable ' +
        'without a session.'
      : `The endpoint answered 2xx to ${event} but nothing changed: the handler acknowledges without processing. A classic: svix 2.x Webhook.verify() returns undefined, so code written for 1.x ("const evt = wh.verify(...)") handles nothing. Parse the verified body yourself or use ${fixFor(
          {
            nextjs: 'verifyWebhook(req) from @clerk/nextjs/webhooks',
            express: 'verifyWebhook(req) from @clerk/express/webhooks',
            generic: 'verifyWebhook(request) from @clerk/backend/webhooks',
            any: 'verifyWebhook(req)',
          },
        )}, which returns the event, and answer 2xx only after the work is done (or queued).`;
  return { ...base, pass: false, fix };
}

/** A redelivery (same svix-id) after user.deleted must not bring the user back. */
export function judgeAppliedOnce(evidence: ResponseEvidence, svixId: string): Verdict {
  const state = probeState(evidence);
  const base = {
    id: 'webhooks.idempotent',
    title: `user.created redelivered (svix-id ${svixId}) after user.deleted is not applied again`,
    url: evidence.url,
    expected: 'the user stays gone (404 or { "exists": false })',
    actual: describeResponse(evidence),
  } as const;
  if (state !== 'exists') return { ...base, pass: true, fix: '' };
  return {
    ...base,
    pass: false,
    fix:
      'The same svix-id was applied twice: Clerk (Svix) retries a delivery it is unsure of, with ' +
      'the same svix-id, so a retry can resurrect deleted users or double-send emails. Store each ' +
      'processed svix-id (a unique index) and answer 200 without acting when it comes again.',
  };
}
