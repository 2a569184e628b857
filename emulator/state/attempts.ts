/**
 * Sign-in and sign-up attempts share their lifecycle: created for a client, abandoned (and dropped)
 * 24 hours after creation, pointing at the session they end up creating.
 */
import { DAY, type Clock } from './expiring-map.ts';
import { ExpiringStore } from './expiring-store.ts';
import { newId } from './ids.ts';

export interface AttemptRecord {
  id: string;
  clientId: string;
  createdSessionId: string | null;
  createdAt: number;
  abandonAt: number;
}

/** The fields an attempt kind adds, in their starting state. */
type Initial<V extends AttemptRecord> = () => Omit<V, keyof AttemptRecord>;

export class AttemptStore<V extends AttemptRecord> extends ExpiringStore<V> {
  constructor(
    now: Clock,
    private readonly idPrefix: string,
    private readonly initial: Initial<V>,
  ) {
    super(now);
  }

  create(clientId: string): V {
    const at = this.now();
    // TypeScript cannot see that the shared fields plus Omit<V, shared> make a V.
    const attempt = {
      id: newId(this.idPrefix),
      clientId,
      ...this.initial(),
      createdSessionId: null,
      createdAt: at,
      abandonAt: at + DAY,
    } as V;
    return this.items.set(attempt.id, attempt, attempt.abandonAt);
  }
}
