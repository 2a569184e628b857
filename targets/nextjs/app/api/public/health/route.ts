// GET /api/public/health -> { ok: true }: a public route, for uptime probes and the route matrix.
// Fault public-api-requires-session (targets/shared/auth-faults.ts) makes it answer 401 signed out.
import { auth } from '@clerk/nextjs/server';
import { healthReply, jsonResponse, unauthenticatedReply } from '../../../../../shared/api-replies.ts';
import { publicApiDeniedByFault } from '../../../../../shared/auth-faults.ts';

export async function GET(): Promise<Response> {
  if (publicApiDeniedByFault((await auth()).userId)) return jsonResponse(unauthenticatedReply());
  return jsonResponse(healthReply());
}
