// GET /api/me -> { userId } of the signed-in user (cookie session or Bearer session token).
// The middleware denies signed-out requests first; the check here is defence in depth.
import { auth } from '@clerk/nextjs/server';
import { faultOn } from '../../../../faults.ts';

const PRIVATE = { 'Cache-Control': 'private, no-store' };

export async function GET(): Promise<Response> {
  const { userId } = await auth();
  if (!userId && !faultOn('api-me-unprotected')) {
    return Response.json({ error: 'unauthenticated' }, { status: 401, headers: PRIVATE });
  }
  return Response.json({ userId }, { headers: PRIVATE });
}
