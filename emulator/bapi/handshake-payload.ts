/** GET /v1/clients/handshake_payload?nonce=: the cookie directives behind a `format=nonce` handshake. */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { json, notFound } from '../http/respond.ts';
import { guarded } from './auth.ts';

export function handshakePayloadHandlers(ctx: EmulatorContext) {
  return [
    http.get(
      '/v1/clients/handshake_payload',
      guarded(ctx, ({ request }) => {
        const nonce = new URL(request.url).searchParams.get('nonce') ?? '';
        const directives = ctx.state.handshakePayloads.get(nonce);
        return directives ? json({ directives }) : notFound('Handshake payload');
      }),
    ),
  ];
}
