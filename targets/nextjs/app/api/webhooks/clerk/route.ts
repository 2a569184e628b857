// POST /api/webhooks/clerk: Clerk (Svix-signed) webhook receiver. verifyWebhook checks the svix-*
// headers against CLERK_WEBHOOK_SIGNING_SECRET; anything that fails is bad input -> 400, never 5xx.
import { verifyWebhook } from '@clerk/nextjs/webhooks';
import type { NextRequest } from 'next/server';
import { faultOn } from '../../../../../faults.ts';

export async function POST(req: NextRequest): Promise<Response> {
  if (faultOn('webhook-unverified')) return acceptUnverified(req);
  try {
    const event = await verifyWebhook(req);
    return Response.json({ received: true, type: event.type, id: event.data.id ?? null });
  } catch {
    return Response.json({ error: 'invalid webhook signature' }, { status: 400 });
  }
}

// Fault webhook-unverified: trusts any JSON body, the classic hand-rolled receiver mistake.
async function acceptUnverified(req: NextRequest): Promise<Response> {
  try {
    const event = (await req.json()) as { type?: unknown; data?: { id?: unknown } };
    return Response.json({ received: true, type: event.type ?? null, id: event.data?.id ?? null });
  } catch {
    return Response.json({ error: 'invalid JSON body' }, { status: 400 });
  }
}
