// The Clerk webhook events this suite can replay. A plain list (no zod, no builders) so the profile
// schema can validate CGL_WEBHOOK_EVENTS without loading the catalog.
export const EVENT_TYPES = [
  'user.created',
  'user.updated',
  'user.deleted',
  'session.created',
  'session.ended',
  'session.removed',
  'session.revoked',
  'organization.created',
  'organization.updated',
  'organization.deleted',
  'organizationMembership.created',
  'email.created',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

/** What an app that is not the bundled reference app is sent by default: the user-sync trio from Clerk's guide. */
export const DEFAULT_EXTERNAL_EVENTS: readonly EventType[] = ['user.created', 'user.updated', 'user.deleted'];
