/** GET /v1/jwks: where @clerk/backend fetches the keys that verify session tokens (cached 5 min per kid). */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { json } from '../http/respond.ts';
import { jwks } from '../jwt.ts';
import { guarded } from './auth.ts';

export function jwksHandlers(ctx: EmulatorContext) {
  return [
    http.get(
      '/v1/jwks',
      guarded(ctx, () => json(jwks(ctx.key))),
    ),
  ];
}
