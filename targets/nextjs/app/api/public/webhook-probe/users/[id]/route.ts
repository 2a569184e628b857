// GET /api/public/webhook-probe/users/{id}: what the webhook receiver made of user.created and
// user.deleted, for the suite's side-effect probe (CGL_WEBHOOK_PROBE_URL). Public, read-only.
import { webhookProbeUser } from '../../../../../../../shared/webhook-receiver.ts';

export async function GET(_request: Request, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await context.params;
  return webhookProbeUser(id);
}
