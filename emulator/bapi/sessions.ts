/**
 * /v1/sessions: list (user_id, client_id, status filters), get, revoke, create (a signed-in
 * session for a user without a browser, for API tests), and mint a session token.
 */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { clerkErrors, formError, json, notFound, readParams } from '../http/respond.ts';
import { mintSessionToken } from '../session-token.ts';
import { backendSessionJson } from '../shapes/resources.ts';
import { guarded, type Args } from './auth.ts';

export function sessionHandlers(ctx: EmulatorContext) {
  return [
    http.get(
      '/v1/sessions',
      guarded(ctx, ({ request }) => {
        const query = new URL(request.url).searchParams;
        const [userId, clientId, status] = ['user_id', 'client_id', 'status'].map(k => query.get(k));
        if (!userId && !clientId) {
          return formError('form_param_missing', 'user_id', 'Either user_id or client_id is required');
        }
        const sessions = ctx.state.sessions
          .list()
          .filter(s => (!userId || s.userId === userId) && (!clientId || s.clientId === clientId) && (!status || s.status === status))
          .sort((a, b) => b.createdAt - a.createdAt);
        return json(sessions.map(backendSessionJson));
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
        return json(backendSessionJson(session));
      }),
    ),
    http.post(
      '/v1/sessions',
      guarded(ctx, async ({ request }) => {
        const { user_id: userId } = await readParams(request);
        if (!userId) return formError('form_param_missing', 'user_id', 'user_id is required');
        if (!ctx.state.users.get(userId)) return notFound('User');
        const client = ctx.state.clients.create();
        const session = ctx.state.sessions.create(client.id, userId);
        client.sessionIds.push(session.id);
        client.lastActiveSessionId = session.id;
        ctx.state.clients.touch(client);
        return json(backendSessionJson(session));
      }),
    ),
    http.post<{ sessionId: string }>(
      '/v1/sessions/:sessionId/tokens',
      guarded(ctx, async ({ request, params }: Args<{ sessionId: string }>) => {
        const session = ctx.state.sessions.get(params.sessionId);
        if (!session) return notFound('Session');
        const { expires_in_seconds: expiresIn } = await readParams(request);
        const lifetime = expiresIn ? Number(expiresIn) : undefined;
        if (lifetime !== undefined && !(Number.isInteger(lifetime) && lifetime > 0)) {
          return formError('form_param_format_invalid', 'expires_in_seconds', 'expires_in_seconds must be a positive integer');
        }
        if (session.status !== 'active') {
          return clerkErrors(401, { code: 'signed_out', message: 'Signed out', longMessage: `Session ${session.id} is ${session.status}.` });
        }
        return json({ object: 'token', jwt: mintSessionToken(ctx, session, null, lifetime) });
      }),
    ),
  ];
}
