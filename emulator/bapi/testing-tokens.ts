/**
 * POST /v1/testing_tokens (@clerk/testing's clerkSetup). Real FAPI lets requests carrying the token
 * skip bot protection; the emulator has none, so the token is issued and never checked.
 */
import { randomBytes } from 'node:crypto';

import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { json } from '../http/respond.ts';
import { guarded } from './auth.ts';

export function testingTokenHandlers(ctx: EmulatorContext) {
  return [
    http.post(
      '/v1/testing_tokens',
      guarded(ctx, () => {
        const nowSeconds = Math.floor(ctx.now() / 1000);
        // Clerk's format: `<unix seconds>-<random>`; expires_at in seconds.
        return json({
          object: 'testing_token',
          token: `${nowSeconds}-${randomBytes(24).toString('base64url')}`,
          expires_at: nowSeconds + 3600,
        });
      }),
    ),
  ];
}
