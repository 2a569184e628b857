// GET /api/public/boom: the app's own error route (targets/shared/error-route.ts), listed in the reference
// profile's routes.errorRoutes. Unhandled, Next.js answers an empty 500; fault error-route-stack-trace sends the stack.
import { failOnPurpose, stackTraceReply } from '../../../../../shared/error-route.ts';

export const dynamic = 'force-dynamic';

export function GET(): Response {
  try {
    failOnPurpose();
  } catch (error) {
    const shown = stackTraceReply(error);
    if (shown) return new Response(shown.body, { status: shown.status, headers: shown.headers });
    throw error;
  }
}
