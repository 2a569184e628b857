/**
 * Delivers Clerk events to one endpoint the way Svix does: POST with `svix-id`, `svix-timestamp`,
 * `svix-signature` (standardwebhooks' Webhook.sign, which svix's delegates to, with the whsec_ secret), one message id per event kept
 * across retries, and retries on non-2xx or network errors on a schedule (Svix: 5 s, 5 min, 30 min,
 * 2 h...; here shortened and bounded, default 0.5 s, 2 s, 5 s). Deliveries run in the background,
 * in event order per endpoint; `idle()` waits for the queue to drain (tests, shutdown).
 */
import { randomBytes } from 'node:crypto';

import { Webhook } from 'standardwebhooks';

import type { ClerkEvent } from './events.ts';

export interface WebhookOptions {
  /** Where to POST (e.g. the app's /api/webhooks/clerk). */
  url: string;
  /** `whsec_...` signing secret (CLERK_WEBHOOK_SIGNING_SECRET in the app). */
  secret: string;
  /** Delay before each retry, in ms; its length bounds the attempts. */
  retryDelaysMs?: number[];
  /** Per-attempt timeout in ms (Svix: 15 s). */
  timeoutMs?: number;
}

export interface DeliveryAttempt {
  status: number | null;
  error?: string;
}

export interface Delivery {
  id: string;
  type: string;
  attempts: DeliveryAttempt[];
  delivered: boolean;
}

export const DEFAULT_RETRY_DELAYS_MS = [500, 2_000, 5_000];
const KEEP_DELIVERIES = 200;

export class WebhookSender {
  readonly deliveries: Delivery[] = [];
  readonly #webhook: Webhook;
  #queue: Promise<void> = Promise.resolve();
  #closed = false;

  constructor(private readonly options: WebhookOptions) {
    this.#webhook = new Webhook(options.secret);
  }

  send(event: ClerkEvent): void {
    if (this.#closed) return;
    const delivery: Delivery = {
      id: `msg_${randomBytes(18).toString('base64url')}`,
      type: event.type,
      attempts: [],
      delivered: false,
    };
    this.deliveries.push(delivery);
    if (this.deliveries.length > KEEP_DELIVERIES) this.deliveries.shift();
    const payload = JSON.stringify(event);
    this.#queue = this.#queue.then(() => this.#deliver(delivery, payload));
  }

  /** Resolves when every queued event has been delivered or has run out of retries. */
  idle(): Promise<void> {
    return this.#queue;
  }

  close(): void {
    this.#closed = true;
  }

  async #deliver(delivery: Delivery, payload: string): Promise<void> {
    const delays = this.options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    for (let attempt = 0; attempt <= delays.length && !this.#closed; attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, delays[attempt - 1]));
      const result = await this.#post(delivery.id, payload);
      delivery.attempts.push(result);
      if (result.status !== null && result.status >= 200 && result.status < 300) {
        delivery.delivered = true;
        return;
      }
    }
    const last = delivery.attempts.at(-1);
    console.error(
      `Clerk emulator: webhook ${delivery.type} (${delivery.id}) to ${this.options.url} failed after ${delivery.attempts.length} attempts (last: ${last?.status ?? last?.error})`,
    );
  }

  async #post(id: string, payload: string): Promise<DeliveryAttempt> {
    const timestamp = new Date();
    const headers = {
      'content-type': 'application/json',
      'svix-id': id,
      'svix-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'svix-signature': this.#webhook.sign(id, timestamp, payload),
      'user-agent': 'Svix-Webhooks/1.0 (clerk-go-live emulator)',
    };
    try {
      const response = await fetch(this.options.url, {
        method: 'POST',
        headers,
        body: payload,
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000),
      });
      await response.arrayBuffer().catch(() => undefined);
      return { status: response.status };
    } catch (error) {
      return { status: null, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
