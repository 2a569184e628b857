/**
 * /v1/sessions: list (user_id, client_id, status filters), get, revoke, create (a signed-in
 * session for a user without a browser, for API tests), and mint a session token.
 */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { startSession } from '../flows/sign-in.ts';
import { clerkErrors, formError, json, notFound } from '../http/respond.ts';
import { mintSessionToken } from '../session-token.ts';
import { backendSessionJson } from '../shapes/resources.ts';
import { guarded, type Args } from './auth.ts';
import { integer, text, withBody } from './body.ts';

export function sessionHandlers(ctx: EmulatorContext) {
  return [
    http.get(
      '/v1/sessions',
      guarded(ctx, ({ request }) => {
        const query = new URL(request.url).searchParams;
        const [userId, clientId, status] = ['user_id', 'client_id', 'status'].map((k) => query.get(k));
        if (!userId && !clientId) {
          return formError('form_param_missing', 'user_id', 'Either user_id or client_id is required');
        }
        const sessions = ctx.state.sessions
          .list()
          .filter(
            (s) =>
              (!userId || s.userId === userId) &&
              (!clientId || s.clientId === clientId) &&
              (!status || s.status === status),
          )
          .sort((a, b) => b.createdAt - a.createdAt);
        // @clerk/backend's getSessionList asks for `paginated=true`: then Clerk answers `{ data, total_count }`.
        const data = sessions.map(backendSessionJson);
        return json(query.get('paginated') === 'true' ? { data, total_count: data.length } : data);
      }),
    ),
    http.get<{ sessionId: string }>(
      '/v1/sessions/:sessionId',
      guarded(ctx, ({ params }: Args<{ sessionId: string }>) => {
        const session = ctx.state.sessions.get(params.sessionId);
        return session ? json(backendSessionJson(session)) : notFound('Session');
      }),
    ),
    http.post<{ sessionId: string }>(
      '/v1/sessions/:sessionId/revoke',
      guarded(ctx, ({ params }: Args<{ sessionId: string }>) => {
        const session = ctx.state.sessions.get(params.sessionId);
        if (!session) return notFound('Session');
        ctx.state.sessions.end(session, 'revoked');
        const client = ctx.state.clients.get(session.clientId);
        // The browser learns on its next FAPI call (production: a __client_uat of 0 when none is left).
        if (client) ctx.state.clients.touch(client);
        return json(backendSessionJson(session));
      }),
    ),
    http.post(
      '/v1/sessions',
      guarded(ctx, ({ request }) =>
        withBody(request, (body) => {
          const userId = text(body, 'user_id', { required: true });
          if (!ctx.state.users.get(userId)) return notFound('User');
          const client = ctx.state.clients.create();
          const session = ctx.state.sessions.get(startSession(ctx, client, userId, 'ticket'));
          return session ? json(backendSessionJson(session)) : notFound('Session');
        }),
      ),
    ),
    http.post<{ sessionId: string }>(
      '/v1/sessions/:sessionId/tokens',
      guarded(ctx, ({ request, params }: Args<{ sessionId: string }>) =>
        withBody(request, (body) => {
          const lifetime = integer(body, 'expires_in_seconds', { min: 1 });
          const session = ctx.state.sessions.get(params.sessionId);
          if (!session) return notFound('Session');
          if (session.status !== 'active') {
            return clerkErrors(401, {
              code: 'signed_out',
              message: 'Signed out',
              longMessage: `Session ${session.id} is ${session.status}.`,
            });
          }
          return json({ object: 'token', jwt: mintSessionToken(ctx, session, null, lifetime) });
        }),
      ),
    ),
  ];
}
