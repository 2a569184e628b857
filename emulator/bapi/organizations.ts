/**
 * /v1/organizations: create, list (limit/offset, query), get (by id or slug), and memberships
 * (create, list). The creator (`created_by`) becomes the first admin, as in Clerk.
 */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { formError, json, notFound } from '../http/respond.ts';
import { membershipJson, organizationJson } from '../shapes/organization.ts';
import type { OrganizationRecord } from '../state/organizations.ts';
import { guarded, type Args } from './auth.ts';
import { integer, text, withBody } from './body.ts';

type OrgParams = { organizationId: string };

function page(query: URLSearchParams): { limit: number; offset: number } {
  const limit = Math.min(Math.max(Number(query.get('limit') ?? 10) || 10, 1), 500);
  return { limit, offset: Math.max(Number(query.get('offset') ?? 0) || 0, 0) };
}

export function organizationHandlers(ctx: EmulatorContext) {
  const orgs = ctx.state.organizations;
  const orgJson = (org: OrganizationRecord) => organizationJson(org, orgs.membershipsOf(org).length);

  return [
    http.post(
      '/v1/organizations',
      guarded(ctx, ({ request }) =>
        withBody(request, (body) => {
          const name = text(body, 'name', { required: true });
          const slug = text(body, 'slug');
          const createdBy = text(body, 'created_by');
          const max = integer(body, 'max_allowed_memberships', { min: 0 });
          if (slug && !/^[a-z0-9-]+$/.test(slug))
            return formError(
              'form_param_format_invalid',
              'slug',
              'slug may contain lowercase letters, digits and dashes only.',
            );
          if (slug && orgs.findBySlug(slug))
            return formError('form_identifier_exists', 'slug', 'That slug is taken. Please try another.');
          if (createdBy && !ctx.state.users.get(createdBy))
            return formError('resource_not_found', 'created_by', 'created_by names no user.');
          return json(orgJson(orgs.create({ name, slug, createdBy, maxAllowedMemberships: max })));
        }),
      ),
    ),
    http.get(
      '/v1/organizations',
      guarded(ctx, ({ request }) => {
        const query = new URL(request.url).searchParams;
        const text = query.get('query')?.toLowerCase();
        const all = orgs
          .list()
          .filter((o) => !text || o.name.toLowerCase().includes(text) || o.slug.includes(text) || o.id === text);
        const { limit, offset } = page(query);
        return json({ data: all.slice(offset, offset + limit).map(orgJson), total_count: all.length });
      }),
    ),
    http.get<OrgParams>(
      '/v1/organizations/:organizationId',
      guarded(ctx, ({ params }: Args<OrgParams>) => {
        const org = orgs.get(params.organizationId);
        return org ? json(orgJson(org)) : notFound('Organization');
      }),
    ),
    http.post<OrgParams>(
      '/v1/organizations/:organizationId/memberships',
      guarded(ctx, ({ request, params }: Args<OrgParams>) =>
        withBody(request, (body) => {
          const org = orgs.get(params.organizationId);
          if (!org) return notFound('Organization');
          const userId = text(body, 'user_id', { required: true });
          const role = text(body, 'role', { required: true });
          const user = ctx.state.users.get(userId);
          if (!user) return formError('resource_not_found', 'user_id', 'user_id names no user.');
          if (orgs.membershipsOf(org).some((m) => m.userId === userId)) {
            return formError(
              'already_a_member_in_organization',
              'user_id',
              'That user is already a member of this organization.',
            );
          }
          return json(membershipJson(orgs.addMember(org, userId, role), orgJson(org), user));
        }),
      ),
    ),
    http.get<OrgParams>(
      '/v1/organizations/:organizationId/memberships',
      guarded(ctx, ({ request, params }: Args<OrgParams>) => {
        const org = orgs.get(params.organizationId);
        if (!org) return notFound('Organization');
        const all = orgs.membershipsOf(org);
        const { limit, offset } = page(new URL(request.url).searchParams);
        const data = all
          .slice(offset, offset + limit)
          .map((m) => membershipJson(m, orgJson(org), ctx.state.users.get(m.userId)));
        return json({ data, total_count: all.length });
      }),
    ),
  ];
}
