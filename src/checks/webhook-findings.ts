// Reported, never failed: behaviours legitimate apps differ on. The finding is a sentence for the report.
import { describeResponse, isSuccess, type ResponseEvidence } from './evidence.ts';

/** A correctly signed delivery carrying only webhook-* (Standard Webhooks) headers, no svix-*. */
export function webhookHeadersFinding(evidence: ResponseEvidence): string {
  const answer = describeResponse(evidence);
  if (isSuccess(evidence.status)) {
    return `accepted (${answer}): the handler verifies with the svix library, which also reads webhook-* headers. Clerk only sends svix-*, so this is harmless; Clerk's verifyWebhook() would refuse it.`;
  }
  return `refused (${answer}): the handler requires svix-* headers, as Clerk's verifyWebhook() does. Clerk always sends svix-*.`;
}

/** What GET on the webhook path answers. */
export function webhookGetFinding(evidence: ResponseEvidence): string {
  const answer = describeResponse(evidence);
  if (evidence.status === 405) return `405 (${answer}): only POST is served, as expected.`;
  if (isSuccess(evidence.status))
    return `${answer}: GET is served; make sure it reveals nothing and changes nothing (a 405 is the usual answer).`;
  if (evidence.status >= 500) return `${answer}: GET crashes the route; harmless for Clerk, but a 405 is cleaner.`;
  return `${answer}.`;
}
