// POST /api/webhooks/clerk: Clerk (Svix-signed) webhook receiver. The logic, fault switches
// included, lives in targets/shared/webhook-receiver.ts so the Express app serves the same one.
import { handleClerkWebhook } from '../../../../../shared/webhook-receiver.ts';

export async function POST(request: Request): Promise<Response> {
  return handleClerkWebhook(request);
}
