// POST /api/orgs/:orgId/notes -> 201 { note } for the signed-in user. The middleware leaves it alone
// (HANDLER_CHECKED_ROUTES in targets/shared/routes.ts): the handler validates the body, then checks the session.
// The reply and its fault (notes-post-unprotected) are shared with the Express app: targets/shared/api-replies.ts.
import { auth } from '@clerk/nextjs/server';
import { createNoteReply, jsonResponse, parseJsonBody } from '../../../../../../shared/api-replies.ts';

export async function POST(request: Request, context: { params: Promise<{ orgId: string }> }): Promise<Response> {
  const { orgId } = await context.params;
  const body = parseJsonBody(await request.text());
  const { userId } = await auth();
  return jsonResponse(createNoteReply(orgId, body, userId));
}
