/** GET|PATCH /v1/environment: answered unwrapped (no `{ response, client }` envelope). */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { json } from '../http/respond.ts';
import { environmentJson } from '../shapes/environment.ts';

export function environmentHandlers(ctx: EmulatorContext) {
  const answer = () => json(environmentJson(ctx));
  return [http.get('/v1/environment', answer), http.patch('/v1/environment', answer)];
}
