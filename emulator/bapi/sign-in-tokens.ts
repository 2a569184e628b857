/** POST /v1/sign_in_tokens (+ revoke): single-use tickets for the `ticket` sign-in strategy. */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { json, notFound } from '../http/respond.ts';
import type { SignInTokenRecord } from '../state/tokens.ts';
import { guarded, type Args } from './auth.ts';
import { integer, text, withBody } from './body.ts';

function signInTokenJson(record: SignInTokenRecord, fapiHost: string): Record<string, unknown> {
  return {
    object: 'sign_in_token',
    id: record.id,
    status: record.status,
    user_id: record.userId,
    token: record.token,
    url: `https://accounts.${fapiHost.replace(/^clerk\./, '')}/sign-in#__clerk_ticket=${record.token}`,
    created_at: record.createdAt,
    updated_at: record.updatedAt,
  };
}

export function signInTokenHandlers(ctx: EmulatorContext) {
  return [
    http.post(
      '/v1/sign_in_tokens',
      guarded(ctx, ({ request }) =>
        withBody(request, (body) => {
          const userId = text(body, 'user_id', { required: true });
          // Parameters are checked before any lookup, as in Clerk.
          const seconds = integer(body, 'expires_in_seconds', { min: 1, max: 30 * 24 * 3600 });
          if (!ctx.state.users.get(userId)) return notFound('User');
          return json(signInTokenJson(ctx.state.signInTokens.create(userId, seconds), ctx.config.host));
        }),
      ),
    ),
    http.post<{ id: string }>(
      '/v1/sign_in_tokens/:id/revoke',
      guarded(ctx, ({ params }: Args<{ id: string }>) => {
        const record = ctx.state.signInTokens.get(params.id);
        if (!record) return notFound('Sign in token');
        ctx.state.signInTokens.setStatus(record, 'revoked');
        return json(signInTokenJson(record, ctx.config.host));
      }),
    ),
  ];
}
