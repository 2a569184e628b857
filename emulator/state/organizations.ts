/** Organizations and their memberships: created through BAPI, never expire. */
import type { Clock } from './expiring-map.ts';
import type { StateEvents } from './events.ts';
import { newId } from './ids.ts';
import type { UserStore } from './users.ts';

export interface OrganizationRecord {
  id: string;
  name: string;
  slug: string;
  createdBy: string | null;
  maxAllowedMemberships: number;
  publicMetadata: Record<string, unknown>;
  privateMetadata: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
}

export interface MembershipRecord {
  id: string;
  organizationId: string;
  userId: string;
  role: string;
  createdAt: number;
  updatedAt: number;
}

export class OrganizationStore {
  readonly #orgs = new Map<string, OrganizationRecord>();
  readonly #memberships = new Map<string, MembershipRecord>();

  constructor(
    private readonly now: Clock,
    private readonly events: StateEvents,
    private readonly users: UserStore,
  ) {}

  create(input: {
    name: string;
    slug?: string;
    createdBy?: string;
    maxAllowedMemberships?: number;
  }): OrganizationRecord {
    const at = this.now();
    const org: OrganizationRecord = {
      id: newId('org'),
      name: input.name,
      slug: input.slug ?? slugify(input.name),
      createdBy: input.createdBy ?? null,
      maxAllowedMemberships: input.maxAllowedMemberships ?? 5,
      publicMetadata: {},
      privateMetadata: {},
      createdAt: at,
      updatedAt: at,
    };
    this.#orgs.set(org.id, org);
    this.events.emit({ type: 'organization.created', organization: org });
    // Clerk makes the creator the organization's first admin.
    if (org.createdBy && this.users.get(org.createdBy)) this.addMember(org, org.createdBy, 'org:admin');
    return org;
  }

  /** By id or slug, as BAPI accepts either in the path. */
  get(idOrSlug: string): OrganizationRecord | undefined {
    return this.#orgs.get(idOrSlug) ?? [...this.#orgs.values()].find((o) => o.slug === idOrSlug);
  }

  findBySlug(slug: string): OrganizationRecord | undefined {
    return [...this.#orgs.values()].find((o) => o.slug === slug);
  }

  /** Newest first. */
  list(): OrganizationRecord[] {
    return [...this.#orgs.values()].sort((a, b) => b.createdAt - a.createdAt);
  }

  addMember(org: OrganizationRecord, userId: string, role: string): MembershipRecord {
    const at = this.now();
    const membership: MembershipRecord = {
      id: newId('orgmem'),
      organizationId: org.id,
      userId,
      role,
      createdAt: at,
      updatedAt: at,
    };
    this.#memberships.set(membership.id, membership);
    const user = this.users.get(userId);
    if (user) this.events.emit({ type: 'organizationMembership.created', membership, organization: org, user });
    return membership;
  }

  membershipsOf(org: OrganizationRecord): MembershipRecord[] {
    return [...this.#memberships.values()]
      .filter((m) => m.organizationId === org.id)
      .sort((a, b) => b.createdAt - a.createdAt);
  }

  membershipsOfUser(userId: string): MembershipRecord[] {
    return [...this.#memberships.values()].filter((m) => m.userId === userId);
  }

  /** Memberships die with their user. */
  removeUser(userId: string): void {
    for (const [id, m] of this.#memberships) if (m.userId === userId) this.#memberships.delete(id);
  }
}

function slugify(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'organization'
  );
}
