/**
 * Sessions. Lifetimes follow Clerk's defaults: expire 7 days after creation, abandoned after
 * 10 days. An ended session stays readable (BAPI GET /v1/sessions/{id}) until it would have expired.
 */
import { DAY, type Clock } from './expiring-map.ts';
import { ExpiringStore } from './expiring-store.ts';
import type { StateEvents } from './events.ts';
import { newId } from './ids.ts';

export type SessionStatus = 'active' | 'ended' | 'removed' | 'revoked' | 'expired' | 'abandoned';

export interface SessionRecord {
  id: string;
  clientId: string;
  userId: string;
  status: SessionStatus;
  createdAt: number;
  updatedAt: number;
  lastActiveAt: number;
  expireAt: number;
  abandonAt: number;
  /** When the first factor was verified (feeds the `fva` claim). */
  firstFactorVerifiedAt: number;
  /** The app origin last seen on FAPI for this session: `azp` of tokens minted without one (BAPI). */
  origin: string | null;
}

export class SessionStore extends ExpiringStore<SessionRecord> {
  constructor(
    now: Clock,
    private readonly events: StateEvents,
  ) {
    super(now);
  }

  create(clientId: string, userId: string): SessionRecord {
    const at = this.now();
    const session: SessionRecord = {
      id: newId('sess'),
      clientId,
      userId,
      status: 'active',
      createdAt: at,
      updatedAt: at,
      lastActiveAt: at,
      expireAt: at + 7 * DAY,
      abandonAt: at + 10 * DAY,
      firstFactorVerifiedAt: at,
      origin: null,
    };
    this.items.set(session.id, session, session.abandonAt);
    this.events.emit({ type: 'session.created', session });
    return session;
  }

  /** The session, with its status moved to `expired` once past `expire_at`. */
  override get(id: string): SessionRecord | undefined {
    const session = this.items.get(id);
    if (session && session.status === 'active' && session.expireAt <= this.now()) {
      session.status = 'expired';
      session.updatedAt = session.expireAt;
    }
    return session;
  }

  list(): SessionRecord[] {
    return this.items
      .values()
      .map((s) => this.get(s.id))
      .filter((s) => s !== undefined);
  }

  end(session: SessionRecord, status: Exclude<SessionStatus, 'active'>): void {
    if (session.status !== 'active') return;
    session.status = status;
    session.updatedAt = this.now();
    if (status === 'ended' || status === 'removed' || status === 'revoked')
      this.events.emit({ type: `session.${status}`, session });
  }

  touch(session: SessionRecord): void {
    const at = this.now();
    session.lastActiveAt = at;
    session.updatedAt = at;
  }
}
