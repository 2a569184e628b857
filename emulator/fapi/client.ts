/**
 * /v1/client: the calling browser's client, created lazily per dev browser (development) or on the
 * first call without a `__client` cookie (production).
 * GET answers `{ response: Client, client: null }`; mutations answer `{ response, client }`.
 */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { json } from '../http/respond.ts';
import { clientJson } from '../shapes/resources.ts';
import { CLIENT_UAT_COOKIE, cookieDirective, withClientCookie } from './client-cookie.ts';
import { envelope, requireClient, viewFor } from './identity.ts';

export function clientHandlers(ctx: EmulatorContext) {
  return [
    http.get('/v1/client', ({ request }) => {
      const found = requireClient(ctx, request);
      if ('error' in found) return found.error;
      return withClientCookie(
        ctx,
        request,
        found.client,
        json({ response: clientJson(viewFor(ctx, request), found.client), client: null }),
      );
    }),

    // Client.create() in clerk-js: PUT (sent as POST ?_method=PUT).
    http.put('/v1/client', ({ request }) => {
      const found = requireClient(ctx, request);
      if ('error' in found) return found.error;
      const view = viewFor(ctx, request);
      return withClientCookie(
        ctx,
        request,
        found.client,
        json(envelope(view, clientJson(view, found.client), found.client)),
      );
    }),

    // Client.destroy(): ends every session and forgets the client; the next call gets a fresh one.
    http.delete('/v1/client', ({ request }) => {
      const found = requireClient(ctx, request);
      if ('error' in found) return found.error;
      const { client } = found;
      for (const id of client.sessionIds) {
        const session = ctx.state.sessions.get(id);
        if (session) ctx.state.sessions.end(session, 'ended');
      }
      ctx.state.clients.delete(client.id);
      // Production: the app must see the browser as signed out (the stale __client finds no client).
      const signedOut =
        ctx.config.kind === 'production'
          ? { 'Set-Cookie': cookieDirective(ctx, CLIENT_UAT_COOKIE, '0', false) }
          : undefined;
      return json({ response: null, client: null }, 200, signedOut);
    }),
  ];
}
