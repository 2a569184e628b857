/**
 * BAPI resources: Session, SignInToken, TestingToken, TotalCount, DeletedObject, Organization,
 * OrganizationMembership and their paginated lists, Instance and Domain.
 */
import { z } from 'zod';

import { bool, int, metadata, ms, str } from './common.ts';

export const bapiSession = z.object({
  object: z.literal('session'),
  id: str,
  user_id: str,
  client_id: str,
  actor: metadata.nullable().optional(),
  status: z.enum(['active', 'revoked', 'ended', 'expired', 'removed', 'abandoned', 'replaced', 'pending']),
  last_active_organization_id: str.nullable().optional(),
  last_active_at: ms,
  // SessionActivityResponse is itself nullable in the spec.
  latest_activity: z.object({ object: str, id: str, is_mobile: bool }).nullable().optional(),
  expire_at: ms,
  abandon_at: ms,
  updated_at: ms,
  created_at: ms,
  tasks: z
    .array(z.object({ key: str }))
    .nullable()
    .optional(),
});

export const signInToken = z.object({
  object: z.literal('sign_in_token'),
  id: str,
  status: z.enum(['pending', 'accepted', 'revoked']),
  user_id: str,
  token: str.optional(),
  url: str.nullable().optional(),
  created_at: ms,
  updated_at: ms,
});

export const testingToken = z.object({ object: z.literal('testing_token'), token: str, expires_at: int });

export const totalCount = z.object({ object: z.literal('total_count'), total_count: int.nonnegative() });

export const deletedObject = z.object({
  object: str,
  id: str.optional(),
  slug: str.optional(),
  deleted: bool,
  external_id: str.optional(),
});

export const organization = z.object({
  object: z.literal('organization'),
  id: str,
  name: str,
  slug: str,
  image_url: str.optional(),
  has_image: bool,
  members_count: int.optional(),
  missing_member_with_elevated_permissions: bool.optional(),
  pending_invitations_count: int.optional(),
  max_allowed_memberships: int,
  admin_delete_enabled: bool,
  public_metadata: metadata,
  private_metadata: metadata.optional(),
  created_by: str.optional(),
  created_at: ms,
  updated_at: ms,
  last_active_at: ms.optional(),
  role_set_key: str.nullable().optional(),
});

export const organizationMembership = z.object({
  id: str,
  object: z.literal('organization_membership'),
  role: str,
  role_name: str.optional(),
  permissions: z.array(str),
  public_metadata: metadata,
  private_metadata: metadata.optional(),
  organization,
  public_user_data: z
    .object({
      user_id: str,
      first_name: str.nullable(),
      last_name: str.nullable(),
      profile_image_url: str.nullable(),
      image_url: str,
      has_image: bool,
      identifier: str.nullable().optional(),
      username: str.nullable().optional(),
    })
    .optional(),
  created_at: ms,
  updated_at: ms,
});

/** `{ data, total_count }`: Organizations, OrganizationMemberships, Domains. */
export const paginated = <T extends z.ZodType>(item: T) =>
  z.object({ data: z.array(item), total_count: int.nonnegative() });

export const instance = z.object({
  object: z.literal('instance'),
  id: str,
  environment_type: str,
  allowed_origins: z.array(str).nullable(),
  workspace_id: str.nullable(),
});

export const domain = z.object({
  object: z.literal('domain'),
  id: str,
  name: str,
  is_satellite: bool,
  frontend_api_url: str,
  accounts_portal_url: str.nullable().optional(),
  proxy_url: str.nullable().optional(),
  development_origin: str,
});
