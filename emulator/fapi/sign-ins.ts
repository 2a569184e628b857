/** /v1/client/sign_ins: create (identifier [+ password] | ticket), read, prepare/attempt first factor. */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { attemptFirstFactor, createSignIn, prepareFirstFactor, type Outcome } from '../flows/sign-in.ts';
import { json, notFound, readParams } from '../http/respond.ts';
import { signInJson } from '../shapes/resources.ts';
import type { ClientRecord } from '../state/clients.ts';
import type { SignInRecord } from '../state/sign-ins.ts';
import { withClientCookie } from './client-cookie.ts';
import { envelope, requireClient, viewFor } from './identity.ts';

type SignInParams = { signInId: string };

export function signInHandlers(ctx: EmulatorContext) {
  const answer = (request: Request, client: ClientRecord, outcome: Outcome): Response => {
    if ('error' in outcome) return withClientCookie(ctx, request, client, outcome.error);
    const view = viewFor(ctx, request);
    return withClientCookie(ctx, request, client, json(envelope(view, signInJson(view, outcome.signIn), client)));
  };

  /** The sign-in, if it belongs to the calling client. */
  const ownSignIn = (client: ClientRecord, id: string): SignInRecord | undefined => {
    const signIn = ctx.state.signIns.get(id);
    return signIn?.clientId === client.id ? signIn : undefined;
  };

  return [
    http.post('/v1/client/sign_ins', async ({ request }) => {
      const found = requireClient(ctx, request);
      if ('error' in found) return found.error;
      return answer(request, found.client, createSignIn(ctx, found.client, await readParams(request)));
    }),

    http.get<SignInParams>('/v1/client/sign_ins/:signInId', ({ request, params }) => {
      const found = requireClient(ctx, request);
      if ('error' in found) return found.error;
      const signIn = ownSignIn(found.client, params.signInId);
      if (!signIn) return notFound('Sign in');
      const view = viewFor(ctx, request);
      return withClientCookie(ctx, request, found.client, json({ response: signInJson(view, signIn), client: null }));
    }),

    http.post<SignInParams>('/v1/client/sign_ins/:signInId/prepare_first_factor', async ({ request, params }) => {
      const found = requireClient(ctx, request);
      if ('error' in found) return found.error;
      const signIn = ownSignIn(found.client, params.signInId);
      if (!signIn) return notFound('Sign in');
      return answer(request, found.client, prepareFirstFactor(ctx, signIn, await readParams(request)));
    }),

    http.post<SignInParams>('/v1/client/sign_ins/:signInId/attempt_first_factor', async ({ request, params }) => {
      const found = requireClient(ctx, request);
      if ('error' in found) return found.error;
      const signIn = ownSignIn(found.client, params.signInId);
      if (!signIn) return notFound('Sign in');
      return answer(request, found.client, attemptFirstFactor(ctx, found.client, signIn, await readParams(request)));
    }),
  ];
}
