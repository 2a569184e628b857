/**
 * Every BAPI route needs `Authorization: Bearer <secret key>`; anything else is 401, as in Clerk.
 * `guarded` wraps a resolver with that check.
 */
import { timingSafeEqual } from 'node:crypto';

import type { EmulatorContext } from '../context.ts';
import { clerkErrors } from '../http/respond.ts';

export function isAuthorized(ctx: EmulatorContext, request: Request): boolean {
  const header = request.headers.get('authorization') ?? '';
  const given = Buffer.from(header.startsWith('Bearer ') ? header.slice(7).trim() : '');
  const expected = Buffer.from(ctx.config.secretKey);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const unauthorized = (): Response =>
  clerkErrors(401, {
    code: 'authentication_invalid',
    message: 'Unauthorized request',
    longMessage:
      "The request needs `Authorization: Bearer <secret key>` with this instance's secret key (CLERK_SECRET_KEY).",
  });

export type Args<P = Record<string, string>> = { request: Request; params: P };

export function guarded<A extends { request: Request }>(
  ctx: EmulatorContext,
  resolver: (args: A) => Response | Promise<Response>,
): (args: A) => Response | Promise<Response> {
  return (args) => (isAuthorized(ctx, args.request) ? resolver(args) : unauthorized());
}
