/**
 * State changes worth telling the outside world about: the stores emit them, the webhook sender
 * (webhooks/sender.ts) turns them into Clerk events. Listeners run synchronously and must not throw.
 */
import type { OrganizationRecord, MembershipRecord } from './organizations.ts';
import type { SessionRecord } from './sessions.ts';
import type { UserRecord } from './users.ts';

export type StateEvent =
  | { type: 'user.created' | 'user.updated'; user: UserRecord }
  | { type: 'user.deleted'; userId: string }
  | { type: 'session.created' | 'session.ended' | 'session.removed' | 'session.revoked'; session: SessionRecord }
  | { type: 'organization.created'; organization: OrganizationRecord }
  | {
      type: 'organizationMembership.created';
      membership: MembershipRecord;
      organization: OrganizationRecord;
      user: UserRecord;
    };

export type StateListener = (event: StateEvent) => void;

export class StateEvents {
  readonly #listeners = new Set<StateListener>();

  on(listener: StateListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  emit(event: StateEvent): void {
    for (const listener of this.#listeners) {
      try {
        listener(event);
      } catch (error) {
        console.error(`Clerk emulator: a listener for ${event.type} failed:`, error);
      }
    }
  }
}
