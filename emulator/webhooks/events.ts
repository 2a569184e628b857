/**
 * Clerk webhook events from state changes: the envelope `{ data, object: "event", type, timestamp,
 * instance_id, event_attributes: { http_request } }`, with `data` in BAPI's shapes (a deleted user is
 * `{ object: "user", id, deleted: true }`).
 */
import type { EmulatorContext } from '../context.ts';
import { membershipJson, organizationJson } from '../shapes/organization.ts';
import { backendSessionJson } from '../shapes/resources.ts';
import { userJson } from '../shapes/user.ts';
import type { StateEvent } from '../state/events.ts';
import { currentRequest, type RequestFacts } from '../http/request-context.ts';

export interface ClerkEvent {
  data: Record<string, unknown>;
  object: 'event';
  type: string;
  timestamp: number;
  instance_id: string;
  event_attributes: { http_request: { client_ip: string; user_agent: string } };
}

function dataOf(ctx: EmulatorContext, event: StateEvent): Record<string, unknown> {
  const orgs = ctx.state.organizations;
  switch (event.type) {
    case 'user.created':
    case 'user.updated':
      return userJson(event.user);
    case 'user.deleted':
      return { object: 'user', id: event.userId, deleted: true };
    case 'organization.created':
      return organizationJson(event.organization, orgs.membershipsOf(event.organization).length);
    case 'organizationMembership.created':
      return membershipJson(
        event.membership,
        organizationJson(event.organization, orgs.membershipsOf(event.organization).length),
        event.user,
      );
    default:
      return backendSessionJson(event.session);
  }
}

function httpRequestOf(facts: RequestFacts | undefined): { client_ip: string; user_agent: string } {
  return facts
    ? { client_ip: facts.clientIp, user_agent: facts.userAgent }
    : { client_ip: '', user_agent: 'clerk-go-live-emulator (no request)' };
}

export function clerkEvent(ctx: EmulatorContext, event: StateEvent): ClerkEvent {
  return {
    data: dataOf(ctx, event),
    object: 'event',
    type: event.type,
    timestamp: ctx.now(),
    instance_id: ctx.key.kid,
    // The request that caused the change (as Clerk sends it); a change made outside one (seeding at start) says so.
    event_attributes: { http_request: httpRequestOf(currentRequest()) },
  };
}
