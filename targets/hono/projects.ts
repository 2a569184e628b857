// The app's one resource: projects, kept in memory per owner. The list answers the caller's own items without
// naming the caller (as real list endpoints do); a create validates its JSON body and names the owner.
export interface Project {
  id: string;
  name: string;
  /** Null only for a project saved signed out (fault notes-post-unprotected). */
  ownerId: string | null;
}

const byOwner = new Map<string | null, Project[]>();
let created = 0;

export function projectsOf(ownerId: string | null): Omit<Project, 'ownerId'>[] {
  return (byOwner.get(ownerId) ?? []).map(({ id, name }) => ({ id, name }));
}

/** The name a create body carries, or null when the body is not { "name": "1-100 characters" }. */
export function validName(body: unknown): string | null {
  const name = (body as { name?: unknown } | null)?.name;
  return typeof name === 'string' && name.trim() !== '' && name.length <= 100 ? name.trim() : null;
}

export function createProject(ownerId: string | null, name: string): Project {
  created += 1;
  const project = { id: `prj_${created}`, name, ownerId };
  byOwner.set(ownerId, [...(byOwner.get(ownerId) ?? []), project]);
  return project;
}
