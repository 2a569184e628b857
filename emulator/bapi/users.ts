/**
 * /v1/users: list (filters email_address, phone_number, user_id, query; limit/offset), count, get,
 * create, update (PATCH), delete. Deleting revokes the user's sessions first (session.revoked
 * webhooks, then user.deleted).
 * The list answers a bare array (order_by created_at either way); @clerk/backend's getUserList pairs it with /v1/users/count.
 */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { formError, json, notFound } from '../http/respond.ts';
import { userJson } from '../shapes/user.ts';
import { normalizePhone, type UserChanges, type UserRecord } from '../state/users.ts';
import { guarded, type Args } from './auth.ts';
import { firstText, object, text, withBody, type Body } from './body.ts';

const identifierTaken = (param: string) =>
  formError(
    'form_identifier_exists',
    param,
    `That ${param === 'email_address' ? 'email address' : 'phone number'} is taken. Please try another.`,
  );

function metadataChanges(body: Body): UserChanges {
  const changes: UserChanges = {};
  const pub = object(body, 'public_metadata');
  const priv = object(body, 'private_metadata');
  const unsafe = object(body, 'unsafe_metadata');
  if (pub) changes.publicMetadata = pub;
  if (priv) changes.privateMetadata = priv;
  if (unsafe) changes.unsafeMetadata = unsafe;
  return changes;
}

/** Repeated or bracketed query params (`email_address=a&email_address[]=b`). */
function many(query: URLSearchParams, name: string): string[] {
  return [...query.getAll(name), ...query.getAll(`${name}[]`)].flatMap((v) => v.split(',')).filter(Boolean);
}

function filterUsers(ctx: EmulatorContext, query: URLSearchParams): UserRecord[] {
  const emails = many(query, 'email_address').map((e) => e.trim().toLowerCase());
  const ids = many(query, 'user_id');
  const phones = many(query, 'phone_number').map(normalizePhone);
  const text = query.get('query')?.toLowerCase();
  return ctx.state.users
    .list()
    .filter(
      (u) =>
        (emails.length === 0 || u.emailAddresses.some((e) => emails.includes(e.emailAddress))) &&
        (ids.length === 0 || ids.includes(u.id)) &&
        (phones.length === 0 || u.phoneNumbers.some((p) => phones.includes(p.phoneNumber))) &&
        (!text ||
          [u.id, u.firstName, u.lastName, u.username, ...u.emailAddresses.map((e) => e.emailAddress)].some((v) =>
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
        const ignoresOffset = ctx.config.defects.includes('users-list-ignores-offset');
        const offset = ignoresOffset ? 0 : Math.max(Number(query.get('offset') ?? 0) || 0, 0);
        // Newest first (order_by=-created_at, the default); +created_at / created_at: oldest first.
        const users = filterUsers(ctx, query);
        if (/^\+?created_at$/.test(query.get('order_by') ?? '')) users.reverse();
        return json(users.slice(offset, offset + limit).map(userJson));
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
      guarded(ctx, ({ request }) =>
        withBody(request, (body) => {
          const email = firstText(body, 'email_address');
          const phone = firstText(body, 'phone_number');
          if (!email && !phone)
            return formError('form_param_missing', 'email_address', 'email_address or phone_number is required.');
          if (email && ctx.state.users.findByEmail(email)) return identifierTaken('email_address');
          if (phone && ctx.state.users.findByPhone(phone)) return identifierTaken('phone_number');
          const password = text(body, 'password');
          if (password !== undefined && password.length < 8) {
            return formError('form_password_length_too_short', 'password', 'Passwords must be 8 characters or more.');
          }
          const user = ctx.state.users.create({
            emailAddress: email,
            phoneNumber: phone,
            password,
            firstName: text(body, 'first_name'),
            lastName: text(body, 'last_name'),
            username: text(body, 'username'),
            externalId: text(body, 'external_id'),
          });
          const metadata = metadataChanges(body);
          return json(userJson(Object.keys(metadata).length > 0 ? ctx.state.users.update(user, metadata) : user));
        }),
      ),
    ),
    http.patch<{ userId: string }>(
      '/v1/users/:userId',
      guarded(ctx, ({ request, params }: Args<{ userId: string }>) =>
        withBody(request, (body) => {
          const user = ctx.state.users.get(params.userId);
          if (!user) return notFound('User');
          const password = text(body, 'password');
          if (password !== undefined && password.length < 8) {
            return formError('form_password_length_too_short', 'password', 'Passwords must be 8 characters or more.');
          }
          const changes: UserChanges = { ...metadataChanges(body), password };
          for (const [param, key] of [
            ['first_name', 'firstName'],
            ['last_name', 'lastName'],
            ['username', 'username'],
            ['external_id', 'externalId'],
          ] as const) {
            if (param in body) changes[key] = body[param] === null ? null : (text(body, param) ?? null);
          }
          return json(userJson(ctx.state.users.update(user, changes)));
        }),
      ),
    ),
    http.delete<{ userId: string }>(
      '/v1/users/:userId',
      guarded(ctx, ({ params }: Args<{ userId: string }>) => {
        if (!ctx.state.users.get(params.userId)) return notFound('User');
        ctx.state.organizations.removeUser(params.userId);
        for (const session of ctx.state.sessions.list()) {
          if (session.userId === params.userId) ctx.state.sessions.end(session, 'revoked');
        }
        ctx.state.users.delete(params.userId);
        return json({ object: 'user', id: params.userId, deleted: true });
      }),
    ),
  ];
}
