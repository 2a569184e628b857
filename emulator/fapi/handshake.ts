/**
 * GET /v1/client/handshake: @clerk/backend sends page requests here when it cannot tell the auth
 * state from cookies (tokens/handshake.ts, buildRedirectToHandshake). We answer 307 back to
 * `redirect_url` carrying the cookie directives the app must set (`__clerk_handshake=<JWT>`, or
 * `__clerk_handshake_nonce=<n>` for `format=nonce`, which the backend trades for the directives at
 * BAPI GET /v1/clients/handshake_payload).
 *
 * Development: the payload travels in the query, and a browser with no dev browser yet gets one
 * minted here, with a `__clerk_db_jwt` directive (without it the backend asks again, three times,
 * and renders signed out).
 * Production: the client comes from the `__client` cookie, the payload travels in ONE HttpOnly
 * cookie (Max-Age 60), and the directives also clear that cookie: the backend never does.
 */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { clerkErrors } from '../http/respond.ts';
import { mintHandshakeToken, mintSessionToken } from '../session-token.ts';
import { activeSessions } from '../shapes/resources.ts';
import type { ClientRecord } from '../state/clients.ts';
import { clientFromCookie, clientUat } from './client-cookie.ts';
import { handshakeCookies, productionHandshakeCookies } from './cookies.ts';
import {
  clientOfDevBrowser,
  devBrowserFromToken,
  mintDevBrowser,
  readDevBrowserToken,
  requestAzp,
} from './identity.ts';

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
  /** A fresh token for the client's active session (handshake repair), or null when signed out. */
  const sessionToken = (request: Request, target: URL, client: ClientRecord | undefined): string | null => {
    const session = client ? activeSessions(ctx, client).find((s) => s.id === client.lastActiveSessionId) : undefined;
    return session ? mintSessionToken(ctx, session, requestAzp(request) ?? target.origin) : null;
  };

  const development = (request: Request, target: URL): string[] => {
    let devBrowserToken = readDevBrowserToken(ctx, request);
    let devBrowser = devBrowserFromToken(ctx, devBrowserToken);
    if (!devBrowser) ({ record: devBrowser, token: devBrowserToken } = mintDevBrowser(ctx));
    // Identify the client, never create one here.
    const client = clientOfDevBrowser(ctx, devBrowser, false);
    const token = sessionToken(request, target, client);
    return handshakeCookies(
      ctx,
      { url: target },
      { devBrowser: devBrowserToken, sessionToken: token, clientUat: token ? clientUat(ctx, client) : 0 },
    );
  };

  const production = (request: Request, target: URL): string[] => {
    const client = clientFromCookie(ctx, request);
    const token = sessionToken(request, target, client);
    return productionHandshakeCookies(ctx, { sessionToken: token, clientUat: token ? clientUat(ctx, client) : 0 });
  };

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
      const isProduction = ctx.config.kind === 'production';
      const directives = isProduction ? production(request, target) : development(request, target);
      const [name, value] =
        query.get('format') === 'nonce'
          ? ['__clerk_handshake_nonce', ctx.state.handshakePayloads.put(directives)]
          : ['__clerk_handshake', mintHandshakeToken(ctx, directives)];
      const headers = new Headers({ 'Cache-Control': 'no-store' });
      const location = new URL(target);
      if (isProduction)
        headers.append('Set-Cookie', `${name}=${value}; Path=/; Max-Age=60; HttpOnly; Secure; SameSite=Lax`);
      else location.searchParams.set(name, value);
      headers.set('Location', location.href);
      return new Response(null, { status: 307, headers });
    }),
  ];
}
