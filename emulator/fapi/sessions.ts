/**
 * /v1/client/sessions: setActive (touch), token refresh, sign-out (remove / end / remove all).
 * A session that is no longer active answers 401 `signed_out`: clerk-js treats any 401 other than
 * `dev_browser_unauthenticated` as "signed out" and clears its state.
 */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { clerkErrors, json, notFound } from '../http/respond.ts';
import { mintSessionToken } from '../session-token.ts';
import { activeSessions, clientJson, sessionJson } from '../shapes/resources.ts';
import type { ClientRecord } from '../state/clients.ts';
import type { SessionRecord } from '../state/sessions.ts';
import { withClientCookie } from './client-cookie.ts';
import { envelope, requestAzp, requireClient, viewFor } from './identity.ts';

type SessionParams = { sessionId: string };
type Found = { client: ClientRecord; session: SessionRecord };

const signedOut = () =>
  clerkErrors(401, {
    code: 'signed_out',
    message: 'Signed out',
    longMessage: 'This session has ended: sign in again.',
  });

export function sessionHandlers(ctx: EmulatorContext) {
  /** Runs `answer` for the calling client's session `id`; every reply may carry the client's cookie. */
  const withSession =
    (answer: (request: Request, found: Found) => Response) =>
    ({ request, params }: { request: Request; params: SessionParams }) => {
      const found = requireClient(ctx, request);
      if ('error' in found) return found.error;
      const { client } = found;
      const session = client.sessionIds.includes(params.sessionId)
        ? ctx.state.sessions.get(params.sessionId)
        : undefined;
      return withClientCookie(
        ctx,
        request,
        client,
        session ? answer(request, { client, session }) : notFound('Session'),
      );
    };

  /** After a session leaves, the client's most recent other active session becomes the active one. */
  const leave = (client: ClientRecord, session: SessionRecord) => {
    if (client.lastActiveSessionId === session.id)
      client.lastActiveSessionId = activeSessions(ctx, client).at(-1)?.id ?? null;
    ctx.state.clients.touch(client);
  };

  const endSession = (status: 'ended' | 'removed') =>
    withSession((request, { client, session }) => {
      ctx.state.sessions.end(session, status);
      leave(client, session);
      const view = viewFor(ctx, request);
      return json(envelope(view, sessionJson(view, session), client));
    });

  return [
    http.get<SessionParams>(
      '/v1/client/sessions/:sessionId',
      withSession((request, { session }) =>
        json({ response: sessionJson(viewFor(ctx, request), session), client: null }),
      ),
    ),

    http.post<SessionParams>(
      '/v1/client/sessions/:sessionId/touch',
      withSession((request, { client, session }) => {
        if (session.status !== 'active') return signedOut();
        ctx.state.sessions.touch(session);
        client.lastActiveSessionId = session.id;
        // Touch the client before serializing: the token minted below must not predate __client_uat.
        ctx.state.clients.touch(client);
        const view = viewFor(ctx, request);
        return json(envelope(view, sessionJson(view, session), client));
      }),
    ),

    // Answered unwrapped: `{ object: "token", jwt }`.
    http.post<SessionParams>(
      '/v1/client/sessions/:sessionId/tokens',
      withSession((request, { session }) =>
        session.status === 'active'
          ? json({ object: 'token', jwt: mintSessionToken(ctx, session, requestAzp(request)) })
          : signedOut(),
      ),
    ),

    http.post<SessionParams>('/v1/client/sessions/:sessionId/remove', endSession('removed')),
    http.post<SessionParams>('/v1/client/sessions/:sessionId/end', endSession('ended')),

    // Sign out of everything on this client (clerk-js `signOut()`); the client itself stays.
    http.delete('/v1/client/sessions', ({ request }) => {
      const found = requireClient(ctx, request);
      if ('error' in found) return found.error;
      const { client } = found;
      for (const session of activeSessions(ctx, client)) ctx.state.sessions.end(session, 'removed');
      client.lastActiveSessionId = null;
      ctx.state.clients.touch(client);
      const body = clientJson(viewFor(ctx, request), client);
      return withClientCookie(ctx, request, client, json({ response: body, client: body }));
    }),
  ];
}
