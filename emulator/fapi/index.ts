/** Every Frontend API handler, grouped by surface. */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { json } from '../http/respond.ts';
import { jwks } from '../jwt.ts';
import { assetHandlers } from './assets.ts';
import { clientHandlers } from './client.ts';
import { devBrowserHandlers } from './dev-browser.ts';
import { environmentHandlers } from './environment.ts';
import { handshakeHandlers } from './handshake.ts';
import { sessionHandlers } from './sessions.ts';
import { signInHandlers } from './sign-ins.ts';
import { signUpHandlers } from './sign-ups.ts';

export function fapiHandlers(ctx: EmulatorContext) {
  const keys = () => json(jwks(ctx.key));
  return [
    ...devBrowserHandlers(ctx),
    ...environmentHandlers(ctx),
    ...handshakeHandlers(ctx),
    ...clientHandlers(ctx),
    ...signInHandlers(ctx),
    ...signUpHandlers(ctx),
    ...sessionHandlers(ctx),
    ...assetHandlers(),
    http.get('/.well-known/jwks.json', keys),
    http.get('/v1/jwks', keys),
  ];
}
