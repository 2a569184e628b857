// GET /api/me -> { userId } of the signed-in user (cookie session or Bearer session token).
// The reply (and its fault switches) is shared with the Express app: targets/shared/api-replies.ts and
// targets/shared/auth-faults.ts (the unverified-token, alg-none and CORS faults).
import { auth } from '@clerk/nextjs/server';
import { apiMeReply, slowApiFault } from '../../../../shared/api-replies.ts';
import { apiMeUserId, corsFaultHeaders } from '../../../../shared/auth-faults.ts';
import { appSessionFallback } from '../../../../shared/app-session-fault.ts';

export async function GET(request: Request): Promise<Response> {
  const { userId: clerkUserId } = await auth();
  // Fault sign-out-keeps-app-session (targets/shared/app-session-fault.ts): signed out, the app's own cookie is used.
  const userId = clerkUserId ?? (await appSessionFallback('/api/me', request.headers.get('cookie')));
  const caller = apiMeUserId(userId, {
    authorization: request.headers.get('authorization'),
    cookie: request.headers.get('cookie'),
  });
  await slowApiFault(caller);
  const reply = apiMeReply(caller);
  return Response.json(reply.body, {
    status: reply.status,
    headers: { ...reply.headers, ...corsFaultHeaders(request.headers.get('origin')) },
  });
}

// A CORS preflight: no cross-origin access unless a fault grants it.
export function OPTIONS(request: Request): Response {
  return new Response(null, {
    status: 204,
    headers: { 'Cache-Control': 'no-store', ...corsFaultHeaders(request.headers.get('origin')) },
  });
}
