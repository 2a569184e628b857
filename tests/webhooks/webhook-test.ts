// The webhook tests' fixture: `webhook` signs catalog events with the profile's secret (svix library) and
// delivers them through `probe`, so every answer is evidence. A worker-scoped guard asks two questions once:
// does a correctly signed delivery reach the handler, and is a wrongly signed one refused at all? When not,
// the finer tests skip and point at the one check that reports the root cause (webhooks.route-public,
// webhooks.bad-signature-rejected) instead of failing a dozen times for it.
import { randomUUID } from 'node:crypto';
import { blockedBy, type ResponseEvidence, type TimedOut } from '../../src/checks/index.ts';
import { buildEvent, EVENT_CATALOG, type EventType } from '../../src/webhooks/catalog.ts';
import { randomWebhookSecret, signDelivery, type SignedDelivery, type SignOptions } from '../../src/webhooks/signer.ts';
import type { Profile } from '../../src/config/index.ts';
import { test as base } from '../../fixtures/index.ts';

/** How long a delivery may take: Clerk (Svix) gives up after 15 s; a healthy handler answers in well under 10. */
export const DELIVERY_TIMEOUT_MS = 10_000;

export interface Delivery {
  body: string;
  headers: Record<string, string>;
}

export interface WebhookTarget {
  path: string;
  rejectStatuses: number[];
  /** The profile's signing secret, revealed only to sign; undefined when not configured. */
  secret: string | undefined;
  /** True when this target is production and the profile did not opt in to state-changing events. */
  stateChangesHeld: boolean;
  /** A fresh synthetic seed, so each test's ids are its own. */
  seed(): string;
  /** Build `type` and sign it (default: with the profile's secret, else a random one). */
  sign(type: EventType, options?: SignOptions & { seed?: string; secret?: string }): SignedDelivery;
  /** POST it to the webhook path; a missing answer after timeoutMs comes back as TimedOut. */
  send(delivery: Delivery, timeoutMs?: number): Promise<ResponseEvidence | TimedOut>;
  /** Skip unless a signing secret is configured (`why`: what it is needed for). */
  requireSecret(why: string): string;
  /** Skip when the middleware blocks the path (webhooks.route-public reports it). */
  requireReachable(): void;
  /** Skip when nothing is verified at all (webhooks.bad-signature-rejected reports it). */
  requireVerifying(): void;
  /** Skip when `type` changes state and this production target did not opt in. */
  requireMayChange(...types: EventType[]): void;
}

interface Guard {
  blocked: string | null;
  unverified: boolean;
}

function isProductionGuarded(profile: Profile): boolean {
  return profile.environment === 'production' && !profile.webhook.allowStateChanges;
}

// session.created changes nothing (catalog: changesState false), so probing with it is safe everywhere.
async function guardOf(profile: Profile, post: (delivery: Delivery) => Promise<ResponseEvidence>): Promise<Guard> {
  const seed = `guard${randomUUID().slice(0, 8)}`;
  const body = JSON.stringify(buildEvent('session.created', seed));
  const secret = profile.webhook.secret?.reveal();
  const wrong = await post(signDelivery(randomWebhookSecret(), body));
  const right = secret ? await post(signDelivery(secret, body)) : null;
  const blocked = blockedBy(right ?? wrong, profile.paths.signIn);
  // Without the secret only Clerk's own signals (a redirect, protect-rewrite) prove a block.
  const provable = right !== null || (blocked !== null && !/^\d+$/.test(blocked));
  return { blocked: provable ? blocked : null, unverified: wrong.status >= 200 && wrong.status < 300 };
}

export const test = base.extend<{ webhook: WebhookTarget }, { webhookGuard: Guard }>({
  webhookGuard: [
    async ({ profile, playwright }, use) => {
      const context = await playwright.request.newContext({ baseURL: profile.baseURL });
      const post = async (delivery: Delivery): Promise<ResponseEvidence> => {
        const response = await context.post(profile.webhook.path, {
          headers: delivery.headers,
          data: delivery.body,
          maxRedirects: 0,
          failOnStatusCode: false,
          timeout: DELIVERY_TIMEOUT_MS,
        });
        return {
          url: response.url(),
          status: response.status(),
          headers: response.headers(),
          ...(response.headers().location !== undefined && { location: response.headers().location }),
          bodyExcerpt: '',
        };
      };
      await use(await guardOf(profile, post));
      await context.dispose();
    },
    { scope: 'worker', box: true },
  ],

  webhook: [
    async ({ profile, probe, webhookGuard }, use, testInfo) => {
      const secret = profile.webhook.secret?.reveal();
      const held = isProductionGuarded(profile);
      await use({
        path: profile.webhook.path,
        rejectStatuses: profile.webhook.rejectStatuses,
        secret,
        stateChangesHeld: held,
        seed: () => `${testInfo.workerIndex}${randomUUID().slice(0, 8)}`,
        sign(type, options = {}) {
          const body = JSON.stringify(buildEvent(type, options.seed ?? this.seed(), options.at));
          return signDelivery(options.secret ?? secret ?? randomWebhookSecret(), body, options);
        },
        async send(delivery, timeoutMs = DELIVERY_TIMEOUT_MS) {
          try {
            return await probe(profile.webhook.path, {
              method: 'POST',
              headers: delivery.headers,
              data: delivery.body,
              timeout: timeoutMs,
            });
          } catch (error) {
            if (error instanceof Error && /timed? ?out|timeout/i.test(error.message)) {
              return { url: new URL(profile.webhook.path, `${profile.baseURL}/`).href, timedOutAfterMs: timeoutMs };
            }
            throw error;
          }
        },
        requireSecret(why) {
          testInfo.skip(!secret, `No CLERK_WEBHOOK_SIGNING_SECRET: ${why}.`);
          return secret!;
        },
        requireReachable() {
          testInfo.skip(
            webhookGuard.blocked !== null,
            `The middleware blocks ${profile.webhook.path} (${webhookGuard.blocked}): reported by webhooks.route-public; this check cannot be judged until the path is public.`,
          );
        },
        requireVerifying() {
          testInfo.skip(
            webhookGuard.unverified,
            `${profile.webhook.path} accepts a delivery signed with the wrong secret: reported by webhooks.bad-signature-rejected; the finer rejection checks wait until deliveries are verified at all.`,
          );
        },
        requireMayChange(...types) {
          const changing = types.filter((type) => EVENT_CATALOG[type].changesState);
          testInfo.skip(
            held && changing.length > 0,
            `${changing.join(', ')} change state: set CGL_WEBHOOK_ALLOW_STATE_CHANGES=1 to send them to a production target.`,
          );
        },
      });
    },
    { box: true },
  ],
});

export { check, expect } from '../../fixtures/index.ts';

export function isTimedOut(answer: ResponseEvidence | TimedOut): answer is TimedOut {
  return 'timedOutAfterMs' in answer;
}
