/** BAPI Organization and OrganizationMembership (also the `data` of their webhook events). */
import type { MembershipRecord, OrganizationRecord } from '../state/organizations.ts';
import type { UserRecord } from '../state/users.ts';
import { primaryEmail } from './user.ts';

export function organizationJson(org: OrganizationRecord, membersCount: number): Record<string, unknown> {
  return {
    object: 'organization',
    id: org.id,
    name: org.name,
    slug: org.slug,
    image_url: '',
    has_image: false,
    members_count: membersCount,
    pending_invitations_count: 0,
    max_allowed_memberships: org.maxAllowedMemberships,
    admin_delete_enabled: true,
    public_metadata: org.publicMetadata,
    private_metadata: org.privateMetadata,
    created_by: org.createdBy ?? '',
    created_at: org.createdAt,
    updated_at: org.updatedAt,
  };
}

const ROLE_NAMES: Record<string, string> = { 'org:admin': 'Admin', 'org:member': 'Member' };

export function membershipJson(
  m: MembershipRecord,
  org: Record<string, unknown>,
  user: UserRecord | undefined,
): Record<string, unknown> {
  return {
    object: 'organization_membership',
    id: m.id,
    role: m.role,
    role_name: ROLE_NAMES[m.role] ?? m.role,
    permissions: [],
    public_metadata: {},
    private_metadata: {},
    organization: org,
    public_user_data: {
      user_id: m.userId,
      first_name: user?.firstName ?? null,
      last_name: user?.lastName ?? null,
      profile_image_url: '',
      image_url: '',
      has_image: false,
      identifier: user ? primaryEmail(user) : null,
      username: user?.username ?? null,
    },
    created_at: m.createdAt,
    updated_at: m.updatedAt,
  };
}
