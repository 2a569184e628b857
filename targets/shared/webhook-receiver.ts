// The Clerk webhook receiver both reference apps serve at POST /api/webhooks/clerk, written against
// the web Request/Response so Next.js hands its request straight in and Express adapts its own.
// It verifies with Clerk's verifyWebhook (svix-* headers, 5-minute timestamp window), dedupes by
// svix-id, and keeps a tiny in-memory user table that GET /api/public/webhook-probe/users/{id}
// exposes, so the suite's side-effect probe can see what a delivery did. The fault switches below
// are the receiver mistakes the webhook checks exist to catch.
import { verifyWebhook } from '@clerk/backend/webhooks';
import { Webhook } from 'svix2';
import { faultOn } from '../faults.ts';

interface ClerkEvent {
  type?: unknown;
  data?: { id?: unknown; email_addresses?: { email_address: string }[] } | null;
}

interface ReceiverStore {
  users: Set<string>;
  seen: Set<string>;
}

// Next.js bundles each route separately: module-level state would be one copy per route, so the
// store hangs off globalThis and the webhook route and the probe route see the same table.
const STORE_KEY = Symbol.for('clerk-go-live.webhook-store');
const SEEN_LIMIT = 10_000;
const LARGE_BODY_BYTES = 512 * 1024;

function store(): ReceiverStore {
  const holder = globalThis as typeof globalThis & { [STORE_KEY]?: ReceiverStore };
  holder[STORE_KEY] ??= { users: new Set(), seen: new Set() };
  return holder[STORE_KEY];
}

const json = (body: unknown, status = 200): Response => Response.json(body, { status });
const rejected = (): Response => json({ error: 'invalid webhook signature' }, 400);

/** POST /api/webhooks/clerk. Bad input is 400, never 5xx; anything else but POST is 405. */
export async function handleClerkWebhook(request: Request): Promise<Response> {
  if (request.method !== 'POST') {
    return new Response(null, { status: 405, headers: { Allow: 'POST' } });
  }
  // Fault webhook-large-body-crash: the handler copies the body into a fixed 512 KB buffer and throws past it.
  if (faultOn('webhook-large-body-crash') && Number(request.headers.get('content-length') ?? 0) > LARGE_BODY_BYTES) {
    return json({ error: 'webhook handler failed' }, 500);
  }
  const event = await verified(request);
  if (event === 'rejected') return rejected();
  const svixId = request.headers.get('svix-id');
  const seen = store().seen;
  if (svixId && seen.has(svixId) && !faultOn('webhook-duplicates-processed')) {
    return json({ received: true, duplicate: true });
  }
  // Fault webhook-svix2-noop: svix 2.x verify() returns undefined; code written for the old
  // return value "handles" nothing and still answers 200.
  if (event) {
    try {
      apply(event);
    } catch {
      return json({ error: 'webhook handler failed' }, 500);
    }
  }
  if (svixId) {
    if (seen.size >= SEEN_LIMIT) seen.clear();
    seen.add(svixId);
  }
  return json({ received: true, type: event?.type ?? null, id: event?.data?.id ?? null });
}

/** The verified event, undefined when a fault "verifies" without one, or 'rejected'. */
async function verified(request: Request): Promise<ClerkEvent | undefined | 'rejected'> {
  try {
    // Fault webhook-unverified: trusts any JSON body, the classic hand-rolled receiver mistake.
    if (faultOn('webhook-unverified')) return (await request.json()) as ClerkEvent;
    if (faultOn('webhook-reserialized')) return await verifyReserialized(request);
    // Fault webhook-unsigned-internal-calls: a "manual replay" shortcut that processes unsigned deliveries.
    if (faultOn('webhook-unsigned-internal-calls') && !request.headers.get('svix-signature'))
      return (await request.json()) as ClerkEvent;
    if (faultOn('webhook-no-timestamp-tolerance')) return await verifyByHand(request, { ignoreTimestamp: true });
    if (faultOn('webhook-first-signature-only')) return await verifyByHand(request, { firstSignatureOnly: true });
    if (faultOn('webhook-past-only-tolerance')) return await verifyByHand(request, { pastOnlyTolerance: true });
    if (faultOn('webhook-svix2-noop')) {
      const result: unknown = new Webhook(signingSecret()).verify(await request.text(), svixHeaders(request));
      return result as ClerkEvent | undefined;
    }
    return (await verifyWebhook(request)) as ClerkEvent;
  } catch {
    return 'rejected';
  }
}

/** The effect the probe shows: created/updated users exist, deleted ones do not. */
function apply(event: ClerkEvent): void {
  const id = typeof event.data?.id === 'string' ? event.data.id : undefined;
  if (!id) return;
  const users = store().users;
  if (event.type === 'user.created' || event.type === 'user.updated') users.add(id);
  if (event.type === 'user.deleted') {
    users.delete(id);
    // Fault webhook-crash-on-user-deleted: a goodbye step reads a field deleted objects never
    // carry (user.deleted data is only { id, object, deleted }) and throws after the delete.
    if (faultOn('webhook-crash-on-user-deleted')) {
      const address = event.data?.email_addresses?.[0]?.email_address as string;
      void address.toLowerCase();
    }
  }
}

// Fault webhook-reserialized: parses then re-stringifies the body before verifying, so a body
// whose bytes differ from what was signed (whitespace, key order) can still pass.
async function verifyReserialized(request: Request): Promise<ClerkEvent> {
  const body = JSON.stringify(await request.json());
  const copy = new Request(request.url, { method: 'POST', headers: request.headers, body });
  return (await verifyWebhook(copy)) as ClerkEvent;
}

// The mistakes of a hand-rolled Svix check (the way receivers get written before verifyWebhook is found):
// webhook-no-timestamp-tolerance never looks at svix-timestamp, so captured deliveries replay forever;
// webhook-past-only-tolerance rejects old ones but not ones dated ahead (age > 300 without the absolute value);
// webhook-first-signature-only compares only the first signature of the list, so a delivery signed during a
// secret rotation (old and new signatures) is refused.
interface HandRolledMistakes {
  ignoreTimestamp?: boolean;
  pastOnlyTolerance?: boolean;
  firstSignatureOnly?: boolean;
}

const TOLERANCE_S = 300;

async function verifyByHand(request: Request, mistakes: HandRolledMistakes): Promise<ClerkEvent> {
  const body = await request.text();
  const { 'svix-id': id, 'svix-timestamp': timestamp, 'svix-signature': signatures } = svixHeaders(request);
  const seconds = Number(timestamp);
  if (!id || !Number.isFinite(seconds)) throw new Error('missing svix headers');
  const age = Date.now() / 1000 - seconds;
  if (!mistakes.ignoreTimestamp && (age > TOLERANCE_S || (!mistakes.pastOnlyTolerance && age < -TOLERANCE_S)))
    throw new Error('timestamp out of tolerance');
  const expected = new Webhook(signingSecret()).sign(id, new Date(seconds * 1000), body);
  const offered = signatures.split(' ');
  if (!(mistakes.firstSignatureOnly ? offered.slice(0, 1) : offered).includes(expected))
    throw new Error('bad signature');
  return JSON.parse(body) as ClerkEvent;
}

function svixHeaders(request: Request): Record<'svix-id' | 'svix-timestamp' | 'svix-signature', string> {
  return {
    'svix-id': request.headers.get('svix-id') ?? '',
    'svix-timestamp': request.headers.get('svix-timestamp') ?? '',
    'svix-signature': request.headers.get('svix-signature') ?? '',
  };
}

function signingSecret(): string {
  const secret = process.env.CLERK_WEBHOOK_SIGNING_SECRET;
  if (!secret) throw new Error('CLERK_WEBHOOK_SIGNING_SECRET is not set');
  return secret;
}

/** GET /api/public/webhook-probe/users/{id}: 200 { exists: true } once user.created arrived, else 404. */
export function webhookProbeUser(id: string): Response {
  const exists = store().users.has(id);
  return json({ exists }, exists ? 200 : 404);
}
