/**
 * /v1/client/sessions: setActive (touch), token refresh, sign-out (remove / end / remove all).
 * A session that is no longer active answers 401 `signed_out`: clerk-js treats any 401 other than
 * `dev_browser_unauthenticated` as "signed out" and clears its state.
 */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { clerkErrors, json, notFound } from '../http/respond.ts';
import { mintSessionToken } from '../session-token.ts';
import { clientJson, sessionJson } from '../shapes/resources.ts';
import type { ClientRecord } from '../state/clients.ts';
import type { SessionRecord } from '../state/sessions.ts';
import { envelope, requestAzp, requireClient, viewFor } from './identity.ts';

type SessionParams = { sessionId: string };

const signedOut = () =>
  clerkErrors(401, { code: 'signed_out', message: 'Signed out', longMessage: 'This session has ended: sign in again.' });

export function sessionHandlers(ctx: EmulatorContext) {
  /** The calling client's session `id`, or the error to answer with. */
  const lookup = (request: Request, id: string): { client: ClientRecord; session: SessionRecord } | { error: Response } => {
    const found = requireClient(ctx, request);
    if ('error' in found) return found;
    const session = found.client.sessionIds.includes(id) ? ctx.state.sessions.get(id) : undefined;
    if (!session) return { error: notFound('Session') };
    return { client: found.client, session };
  };

  const endSession = (status: 'ended' | 'removed') =>
    ({ request, params }: { request: Request; params: SessionParams }) => {
      const found = lookup(request, params.sessionId);
      if ('error' in found) return found.error;
      const { client, session } = found;
      ctx.state.sessions.end(session, status);
      if (client.lastActiveSessionId === session.id) client.lastActiveSessionId = null;
      ctx.state.clients.touch(client);
      const view = viewFor(ctx, request);
      return json(envelope(view, sessionJson(view, session), client));
    };

  return [
    http.get<SessionParams>('/v1/client/sessions/:sessionId', ({ request, params }) => {
      const found = lookup(request, params.sessionId);
      if ('error' in found) return found.error;
      return json({ response: sessionJson(viewFor(ctx, request), found.session), client: null });
    }),

    http.post<SessionParams>('/v1/client/sessions/:sessionId/touch', ({ request, params }) => {
      const found = lookup(request, params.sessionId);
      if ('error' in found) return found.error;
      const { client, session } = found;
      if (session.status !== 'active') return signedOut();
      ctx.state.sessions.touch(session);
      client.lastActiveSessionId = session.id;
      // Touch the client before serializing: the token minted below must not predate __client_uat.
      ctx.state.clients.touch(client);
      const view = viewFor(ctx, request);
      return json(envelope(view, sessionJson(view, session), client));
    }),

    // Answered unwrapped: `{ object: "token", jwt }`.
    http.post<SessionParams>('/v1/client/sessions/:sessionId/tokens', ({ request, params }) => {
      const found = lookup(request, params.sessionId);
      if ('error' in found) return found.error;
      if (found.session.status !== 'active') return signedOut();
      return json({ object: 'token', jwt: mintSessionToken(ctx, found.session, requestAzp(request)) });
    }),

    http.post<SessionParams>('/v1/client/sessions/:sessionId/remove', endSession('removed')),
    http.post<SessionParams>('/v1/client/sessions/:sessionId/end', endSession('ended')),

    // Sign out of everything on this client (clerk-js `signOut()`); the client itself stays.
    http.delete('/v1/client/sessions', ({ request }) => {
      const found = requireClient(ctx, request);
      if ('error' in found) return found.error;
      const { client } = found;
      for (const id of client.sessionIds) {
        const session = ctx.state.sessions.get(id);
        if (session) ctx.state.sessions.end(session, 'removed');
      }
      client.lastActiveSessionId = null;
      ctx.state.clients.touch(client);
      const body = clientJson(viewFor(ctx, request), client);
      return json({ response: body, client: body });
    }),
  ];
}
