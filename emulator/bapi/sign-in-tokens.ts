/** POST /v1/sign_in_tokens (+ revoke): single-use tickets for the `ticket` sign-in strategy. */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { formError, json, notFound, readParams } from '../http/respond.ts';
import type { SignInTokenRecord } from '../state/tokens.ts';
import { guarded, type Args } from './auth.ts';

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
      guarded(ctx, async ({ request }) => {
        const params = await readParams(request);
        if (!params.user_id) return formError('form_param_missing', 'user_id', 'user_id is required');
        if (!ctx.state.users.get(params.user_id)) return notFound('User');
        const seconds = params.expires_in_seconds ? Number(params.expires_in_seconds) : undefined;
        if (seconds !== undefined && !(Number.isInteger(seconds) && seconds > 0)) {
          return formError('form_param_format_invalid', 'expires_in_seconds', 'expires_in_seconds must be a positive integer');
        }
        return json(signInTokenJson(ctx.state.signInTokens.create(params.user_id, seconds), ctx.config.host));
      }),
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
