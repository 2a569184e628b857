// BAPI users (CRUD), organizations and memberships, instance/domains, session revoke, and Clerk-style
// validation errors, driven through @clerk/backend where it has a method, raw HTTP where it does not.
import { createClerkClient } from '@clerk/backend';

import { EMULATOR_DEV_HOST } from '../../emulator/keys.ts';
import { bearer, expect, test } from './fixture.ts';

interface ErrorBody {
  errors: { code: string; meta: { param_name?: string } }[];
}

test.describe('BAPI resources', { tag: '@emulator' }, () => {
  test('users: create, get, update, count, list, delete', async ({ emulator }) => {
    const clerk = createClerkClient({ secretKey: emulator.secretKey, apiUrl: emulator.bapiUrl });
    const email = `crud-${Date.now()}@example.com`;
    const user = await clerk.users.createUser({
      emailAddress: [email],
      password: 'crud-password-1',
      firstName: 'Crud',
      publicMetadata: { plan: 'pro' },
    });
    expect(user.publicMetadata).toEqual({ plan: 'pro' });
    const updated = await clerk.users.updateUser(user.id, { lastName: 'Updated' });
    expect(updated).toMatchObject({ firstName: 'Crud', lastName: 'Updated' });
    expect((await clerk.users.getUser(user.id)).lastName).toBe('Updated');
    expect(await clerk.users.getCount({ emailAddress: [email] })).toBe(1);
    const deleted = await clerk.users.deleteUser(user.id);
    expect(deleted.id).toBe(user.id);
    await expect(clerk.users.getUser(user.id)).rejects.toMatchObject({ status: 404 });
  });

  test('organizations: create (creator becomes admin), list, memberships create + list', async ({ emulator }) => {
    const clerk = createClerkClient({ secretKey: emulator.secretKey, apiUrl: emulator.bapiUrl });
    const [owner] = (await clerk.users.getUserList({ emailAddress: [emulator.user.emailAddress] })).data;
    const member = await clerk.users.createUser({ emailAddress: [`member-${Date.now()}@example.com`] });
    const org = await clerk.organizations.createOrganization({ name: `Acme ${Date.now()}`, createdBy: owner!.id });
    expect(org.slug).toMatch(/^acme-/);
    const list = await clerk.organizations.getOrganizationList({ query: org.slug });
    expect(list.data.map((o) => o.id)).toEqual([org.id]);
    const membership = await clerk.organizations.createOrganizationMembership({
      organizationId: org.id,
      userId: member.id,
      role: 'org:member',
    });
    expect(membership.role).toBe('org:member');
    const memberships = await clerk.organizations.getOrganizationMembershipList({ organizationId: org.id });
    expect(memberships.totalCount).toBe(2);
    expect(memberships.data.map((m) => m.role).sort()).toEqual(['org:admin', 'org:member']);
  });

  test('GET /v1/instance and /v1/domains describe the instance the keys belong to', async ({ request, emulator }) => {
    const instance = await request.get(`${emulator.bapiUrl}/v1/instance`, { headers: bearer(emulator) });
    expect(instance.headers()['content-type']).toBe('application/json');
    expect(await instance.json()).toMatchObject({ object: 'instance', environment_type: 'development' });
    const domains = (await (
      await request.get(`${emulator.bapiUrl}/v1/domains`, { headers: bearer(emulator) })
    ).json()) as { data: { frontend_api_url: string }[] };
    expect(domains.data[0]?.frontend_api_url).toBe(`https://${EMULATOR_DEV_HOST}`);
  });

  test('BAPI revoke ends a FAPI session: the browser can no longer refresh', async ({ emulator, fapi }) => {
    const { sessionId } = await fapi.signIn(emulator.user.emailAddress, emulator.user.password);
    const clerk = createClerkClient({ secretKey: emulator.secretKey, apiUrl: emulator.bapiUrl });
    expect((await clerk.sessions.revokeSession(sessionId)).status).toBe('revoked');
    expect((await fapi.post(`/v1/client/sessions/${sessionId}/tokens`)).status()).toBe(401);
    const list = await clerk.sessions.getSessionList({
      userId: (await clerk.sessions.getSession(sessionId)).userId,
      status: 'revoked',
    });
    expect(list.data.map((s) => s.id)).toContain(sessionId);
  });

  for (const [name, path, data, status, code, param] of [
    ['a body that is not JSON', '/v1/users', '{not json', 400, 'request_body_invalid', undefined],
    ['a missing user_id', '/v1/sign_in_tokens', {}, 422, 'form_param_missing', 'user_id'],
    [
      'a mistyped expires_in_seconds',
      '/v1/sign_in_tokens',
      { user_id: 'user_x', expires_in_seconds: 'soon' },
      422,
      'form_param_format_invalid',
      'expires_in_seconds',
    ],
    [
      'a mistyped first_name',
      '/v1/users',
      { email_address: ['typed@example.com'], first_name: 42 },
      422,
      'form_param_format_invalid',
      'first_name',
    ],
    ['an organization without a name', '/v1/organizations', { slug: 'x' }, 422, 'form_param_missing', 'name'],
  ] as const) {
    test(`POST ${path} with ${name} -> ${status} ${code}`, async ({ request, emulator }) => {
      const response = await request.post(`${emulator.bapiUrl}${path}`, {
        headers: { ...bearer(emulator), 'content-type': 'application/json' },
        data: typeof data === 'string' ? data : JSON.stringify(data),
      });
      expect(response.status()).toBe(status);
      expect(response.headers()['content-type']).toBe('application/json');
      const error = ((await response.json()) as ErrorBody).errors[0];
      expect(error?.code).toBe(code);
      if (param) expect(error?.meta.param_name).toBe(param);
    });
  }
});
