/** /v1/client/sign_ups: create, read, update, prepare/attempt email verification. */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import {
  attemptVerification,
  createSignUp,
  prepareVerification,
  updateSignUp,
  type SignUpOutcome,
} from '../flows/sign-up.ts';
import { json, notFound, readParams } from '../http/respond.ts';
import { signUpJson } from '../shapes/sign-up.ts';
import type { ClientRecord } from '../state/clients.ts';
import type { SignUpRecord } from '../state/sign-ups.ts';
import { withClientCookie } from './client-cookie.ts';
import { envelope, requireClient, viewFor } from './identity.ts';

type SignUpParams = { signUpId: string };
type Step = (client: ClientRecord, signUp: SignUpRecord, params: Record<string, string>) => SignUpOutcome;

export function signUpHandlers(ctx: EmulatorContext) {
  const answer = (request: Request, client: ClientRecord, outcome: SignUpOutcome): Response => {
    if ('error' in outcome) return withClientCookie(ctx, request, client, outcome.error);
    const view = viewFor(ctx, request);
    return withClientCookie(ctx, request, client, json(envelope(view, signUpJson(outcome.signUp), client)));
  };

  /** A step on the calling client's own sign-up. */
  const step =
    (run: Step) =>
    async ({ request, params }: { request: Request; params: SignUpParams }) => {
      const found = requireClient(ctx, request);
      if ('error' in found) return found.error;
      const signUp = ctx.state.signUps.get(params.signUpId);
      if (signUp?.clientId !== found.client.id)
        return withClientCookie(ctx, request, found.client, notFound('Sign up'));
      return answer(request, found.client, run(found.client, signUp, await readParams(request)));
    };

  return [
    http.post('/v1/client/sign_ups', async ({ request }) => {
      const found = requireClient(ctx, request);
      if ('error' in found) return found.error;
      return answer(request, found.client, createSignUp(ctx, found.client, await readParams(request)));
    }),
    http.get<SignUpParams>(
      '/v1/client/sign_ups/:signUpId',
      step((_client, signUp) => ({ signUp })),
    ),
    http.patch<SignUpParams>(
      '/v1/client/sign_ups/:signUpId',
      step((client, signUp, params) => updateSignUp(ctx, client, signUp, params)),
    ),
    http.post<SignUpParams>(
      '/v1/client/sign_ups/:signUpId/prepare_verification',
      step((_client, signUp, params) => prepareVerification(ctx, signUp, params)),
    ),
    http.post<SignUpParams>(
      '/v1/client/sign_ups/:signUpId/attempt_verification',
      step((client, signUp, params) => attemptVerification(ctx, client, signUp, params)),
    ),
  ];
}
