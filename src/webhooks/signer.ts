// Signs deliveries the way Clerk's webhook provider (Svix) does, with standardwebhooks: the library the svix
// package's own Webhook.sign() delegates to (svix 1.x), without svix's 5 MB API client. Never a hand-rolled
// HMAC, so a bug in our signing cannot make a broken verifier look right; the project's tests verify every
// signature with the svix library and with Clerk's verifyWebhook.
import { randomBytes, randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

export interface SignedDelivery {
  body: string;
  headers: { 'svix-id': string; 'svix-timestamp': string; 'svix-signature': string; 'content-type': string };
}

export interface SignOptions {
  /** svix-id: unique per delivery; the same id marks a redelivery. */
  id?: string;
  /** When the delivery claims to have been sent (default: now). */
  at?: Date;
}

export function newDeliveryId(): string {
  return `msg_cgl_${randomUUID().replaceAll('-', '')}`;
}

export function signDelivery(secret: string, body: string, options: SignOptions = {}): SignedDelivery {
  const id = options.id ?? newDeliveryId();
  const at = options.at ?? new Date();
  const signature = new Webhook(secret).sign(id, at, body);
  return {
    body,
    headers: {
      'svix-id': id,
      'svix-timestamp': String(Math.floor(at.getTime() / 1000)),
      'svix-signature': signature,
      'content-type': 'application/json',
    },
  };
}

/** A fresh signing secret nobody else has, for deliveries that must fail verification. */
export function randomWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** The same delivery with svix-* renamed to webhook-* (Standard Webhooks names, which Clerk never sends). */
export function asStandardWebhookHeaders(delivery: SignedDelivery): { body: string; headers: Record<string, string> } {
  const {
    'svix-id': id,
    'svix-timestamp': timestamp,
    'svix-signature': signature,
    'content-type': type,
  } = delivery.headers;
  return {
    body: delivery.body,
    headers: { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': signature, 'content-type': type },
  };
}
