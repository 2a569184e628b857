// organization.* and organizationMembership.* payloads (clerk/openapi-specs webhooks: Organization,
// OrganizationMembership, OrganizationMembershipPublicUserData).
import { z } from 'zod';
import { syntheticId } from './synthetic.ts';

const metadata = z.record(z.string(), z.unknown());

export const organizationSchema = z.object({
  object: z.literal('organization'),
  id: z.string().startsWith('org_'),
  name: z.string(),
  slug: z.string(),
  image_url: z.string().optional(),
  has_image: z.boolean(),
  members_count: z.number().int().optional(),
  max_allowed_memberships: z.number().int(),
  admin_delete_enabled: z.boolean(),
  public_metadata: metadata,
  private_metadata: metadata.optional(),
  created_by: z.string().optional(),
  created_at: z.number().int(),
  updated_at: z.number().int(),
  role_set_key: z.string().nullable().optional(),
});

export type WebhookOrganization = z.infer<typeof organizationSchema>;

const publicUserDataSchema = z.strictObject({
  user_id: z.string().startsWith('user_'),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  profile_image_url: z.string().nullable(),
  image_url: z.string(),
  has_image: z.boolean(),
  identifier: z.string().nullable().optional(),
  username: z.string().nullable().optional(),
});

export const membershipSchema = z.object({
  object: z.literal('organization_membership'),
  id: z.string().startsWith('orgmem_'),
  role: z.string(),
  role_name: z.string().optional(),
  permissions: z.array(z.string()),
  public_metadata: metadata,
  private_metadata: metadata.optional(),
  organization: organizationSchema,
  public_user_data: publicUserDataSchema.optional(),
  created_at: z.number().int(),
  updated_at: z.number().int(),
});

export type WebhookMembership = z.infer<typeof membershipSchema>;

export function syntheticOrganization(seed: string, now: Date = new Date()): WebhookOrganization {
  const at = now.getTime();
  return {
    object: 'organization',
    id: syntheticId('org', seed),
    name: `Go-Live Synthetic Org ${seed}`,
    slug: `go-live-synthetic-${seed}`,
    image_url: '',
    has_image: false,
    members_count: 1,
    max_allowed_memberships: 5,
    admin_delete_enabled: true,
    public_metadata: {},
    private_metadata: {},
    created_by: syntheticId('user', seed),
    created_at: at,
    updated_at: at,
    role_set_key: null,
  };
}

export function syntheticMembership(seed: string, now: Date = new Date()): WebhookMembership {
  const at = now.getTime();
  return {
    object: 'organization_membership',
    id: syntheticId('orgmem', seed),
    role: 'org:admin',
    role_name: 'Admin',
    permissions: ['org:sys_memberships:manage', 'org:sys_memberships:read'],
    public_metadata: {},
    private_metadata: {},
    organization: syntheticOrganization(seed, now),
    public_user_data: {
      user_id: syntheticId('user', seed),
      first_name: 'Go-Live',
      last_name: 'Synthetic',
      profile_image_url: null,
      image_url: '',
      has_image: false,
      identifier: `go-live-synthetic-${seed}@example.com`,
      username: null,
    },
    created_at: at,
    updated_at: at,
  };
}
