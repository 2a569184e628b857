/**
 * /v1/users: list (filters email_address, user_id, query; limit/offset), count, get, create, delete.
 * The list answers a bare array; @clerk/backend's getUserList pairs it with /v1/users/count.
 */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { clerkErrors, formError, json, notFound } from '../http/respond.ts';
import { userJson } from '../shapes/user.ts';
import type { UserRecord } from '../state/users.ts';
import { guarded, type Args } from './auth.ts';

/** Repeated or bracketed query params (`email_address=a&email_address[]=b`). */
function many(query: URLSearchParams, name: string): string[] {
  return [...query.getAll(name), ...query.getAll(`${name}[]`)].flatMap(v => v.split(',')).filter(Boolean);
}

function filterUsers(ctx: EmulatorContext, query: URLSearchParams): UserRecord[] {
  const emails = many(query, 'email_address').map(e => e.trim().toLowerCase());
  const ids = many(query, 'user_id');
  const text = query.get('query')?.toLowerCase();
  return ctx.state.users.list().filter(
    u =>
      (emails.length === 0 || u.emailAddresses.some(e => emails.includes(e.emailAddress))) &&
      (ids.length === 0 || ids.includes(u.id)) &&
      (!text ||
        [u.id, u.firstName, u.lastName, u.username, ...u.emailAddresses.map(e => e.emailAddress)].some(v =>
          v?.toLowerCase().includes(text),
        )),
  );
}

export function userHandlers(ctx: EmulatorContext) {
  return [
    http.get(
      '/v1/users',
      guarded(ctx, ({ request }) => {
        const query = new URL(request.url).searchParams;
        const limit = Math.min(Math.max(Number(query.get('limit') ?? 10) || 10, 1), 500);
        const offset = Math.max(Number(query.get('offset') ?? 0) || 0, 0);
        return json(filterUsers(ctx, query).slice(offset, offset + limit).map(userJson));
      }),
    ),
    http.get(
      '/v1/users/count',
      guarded(ctx, ({ request }) =>
        json({ object: 'total_count', total_count: filterUsers(ctx, new URL(request.url).searchParams).length }),
      ),
    ),
    http.get<{ userId: string }>(
      '/v1/users/:userId',
      guarded(ctx, ({ params }: Args<{ userId: string }>) => {
        const user = ctx.state.users.get(params.userId);
        return user ? json(userJson(user)) : notFound('User');
      }),
    ),
    http.post(
      '/v1/users',
      guarded(ctx, async ({ request }) => {
        const body = (await request.json().catch(() => ({}))) as Record<string, unknown>;
        const emails = Array.isArray(body.email_address) ? body.email_address : [body.email_address];
        const email = typeof emails[0] === 'string' ? emails[0] : '';
        if (!email) return formError('form_param_missing', 'email_address', 'email_address is required');
        if (ctx.state.users.findByEmail(email)) {
          return clerkErrors(422, { code: 'form_identifier_exists', message: 'That email address is taken. Please try another.', meta: { param_name: 'email_address' } });
        }
        const text = (key: string) => (typeof body[key] === 'string' ? (body[key] as string) : undefined);
        const user = ctx.state.users.create({
          emailAddress: email,
          password: text('password'),
          firstName: text('first_name'),
          lastName: text('last_name'),
          username: text('username'),
          externalId: text('external_id'),
        });
        return json(userJson(user));
      }),
    ),
    http.delete<{ userId: string }>(
      '/v1/users/:userId',
      guarded(ctx, ({ params }: Args<{ userId: string }>) => {
        if (!ctx.state.users.delete(params.userId)) return notFound('User');
        for (const session of ctx.state.sessions.list()) {
          if (session.userId === params.userId) ctx.state.sessions.end(session, 'revoked');
        }
        return json({ object: 'user', id: params.userId, deleted: true });
      }),
    ),
  ];
}
