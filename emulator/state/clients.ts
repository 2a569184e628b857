/**
 * Browser clients and, for development instances, the dev browsers that identify them.
 * A dev browser is created by `POST /v1/dev_browser` (or minted during a handshake); its client is
 * created lazily on the first request that needs one. Both are dropped after 30 days without use.
 */
import { DAY } from './expiring-map.ts';
import { ExpiringStore } from './expiring-store.ts';
import { newId } from './ids.ts';

const IDLE_LIFETIME = 30 * DAY;

export interface DevBrowserRecord {
  id: string;
  clientId: string | null;
  createdAt: number;
}

export interface ClientRecord {
  id: string;
  /** Sessions ever created on this client (ended ones included; serializers filter). */
  sessionIds: string[];
  signInId: string | null;
  signUpId: string | null;
  lastActiveSessionId: string | null;
  lastAuthenticationStrategy: string | null;
  createdAt: number;
  updatedAt: number;
}

export class DevBrowserStore extends ExpiringStore<DevBrowserRecord> {
  create(): DevBrowserRecord {
    const record: DevBrowserRecord = { id: newId('dvb'), clientId: null, createdAt: this.now() };
    return this.items.set(record.id, record, this.now() + IDLE_LIFETIME);
  }

  /** Every lookup is a use: it restarts the idle lifetime. */
  override get(id: string): DevBrowserRecord | undefined {
    const record = this.items.get(id);
    if (record) this.items.extend(id, this.now() + IDLE_LIFETIME);
    return record;
  }
}

export class ClientStore extends ExpiringStore<ClientRecord> {
  create(): ClientRecord {
    const at = this.now();
    const client: ClientRecord = {
      id: newId('client'),
      sessionIds: [],
      signInId: null,
      signUpId: null,
      lastActiveSessionId: null,
      lastAuthenticationStrategy: null,
      createdAt: at,
      updatedAt: at,
    };
    return this.items.set(client.id, client, at + IDLE_LIFETIME);
  }

  delete(id: string): void {
    this.items.delete(id);
  }

  /**
   * Marks a change. `updated_at` drives `__client_uat`, and @clerk/backend rejects session tokens
   * issued before it, so callers mint tokens only after calling this.
   */
  touch(client: ClientRecord): void {
    client.updatedAt = Math.max(this.now(), client.updatedAt);
    this.items.extend(client.id, client.updatedAt + IDLE_LIFETIME);
  }
}
