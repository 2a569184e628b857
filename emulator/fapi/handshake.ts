/**
 * GET /v1/client/handshake: @clerk/backend sends page requests here when it cannot tell the auth
 * state from cookies (tokens/handshake.ts, buildRedirectToHandshake). We answer 307 back to
 * `redirect_url` carrying the cookie directives the app must set: in the query, as a development
 * instance does (`__clerk_handshake=<JWT>`, or `__clerk_handshake_nonce=<n>` for `format=nonce`,
 * which the backend trades for the directives at BAPI GET /v1/clients/handshake_payload).
 *
 * A browser with no dev browser yet gets one minted here, with a `__clerk_db_jwt` directive:
 * without it the backend asks again, three times, and renders signed out.
 */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { clerkErrors } from '../http/respond.ts';
import { mintHandshakeToken, mintSessionToken } from '../session-token.ts';
import { activeSessions } from '../shapes/resources.ts';
import { handshakeCookies } from './cookies.ts';
import { clientOfDevBrowser, devBrowserFromToken, mintDevBrowser, readDevBrowserToken, requestAzp } from './identity.ts';

function parseRedirectUrl(raw: string | null): URL | null {
  if (!raw) return null;
  try {
    const url = new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

export function handshakeHandlers(ctx: EmulatorContext) {
  return [
    http.get('/v1/client/handshake', ({ request }) => {
      const query = new URL(request.url).searchParams;
      const target = parseRedirectUrl(query.get('redirect_url'));
      if (!target) {
        return clerkErrors(400, {
          code: 'invalid_redirect_url',
          message: 'redirect_url is missing or invalid',
          longMessage: 'The handshake needs an absolute http(s) redirect_url to send the browser back to.',
          meta: { param_name: 'redirect_url' },
        });
      }
      if (ctx.config.kind !== 'development') {
        return clerkErrors(400, { code: 'production_instance_unsupported', message: 'This emulator build serves development instances only.' });
      }

      let devBrowserToken = readDevBrowserToken(ctx, request);
      let devBrowser = devBrowserFromToken(ctx, devBrowserToken);
      if (!devBrowser) ({ record: devBrowser, token: devBrowserToken } = mintDevBrowser(ctx));

      // Identify the client, never create one here.
      const client = clientOfDevBrowser(ctx, devBrowser, false);
      const session = client ? activeSessions(ctx, client).find(s => s.id === client.lastActiveSessionId) : undefined;
      const directives = handshakeCookies(
        ctx,
        { url: target },
        {
          devBrowser: devBrowserToken,
          sessionToken: session ? mintSessionToken(ctx, session, requestAzp(request) ?? target.origin) : null,
          clientUat: client && session ? Math.floor(client.updatedAt / 1000) : 0,
        },
      );

      const location = new URL(target);
      if (query.get('format') === 'nonce') {
        location.searchParams.set('__clerk_handshake_nonce', ctx.state.handshakePayloads.put(directives));
      } else {
        location.searchParams.set('__clerk_handshake', mintHandshakeToken(ctx, directives));
      }
      return new Response(null, { status: 307, headers: { Location: location.href, 'Cache-Control': 'no-store' } });
    }),
  ];
}
