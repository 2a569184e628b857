/**
 * Short-lived secrets: BAPI sign-in tokens (the `ticket` strategy) and handshake payloads waiting
 * for the backend to fetch them by nonce (BAPI GET /v1/clients/handshake_payload).
 */
import { randomBytes } from 'node:crypto';

import { DAY, ExpiringMap, MINUTE, SECOND, type Clock } from './expiring-map.ts';
import { ExpiringStore } from './expiring-store.ts';
import { newId } from './ids.ts';

export interface SignInTokenRecord {
  id: string;
  userId: string;
  token: string;
  status: 'pending' | 'accepted' | 'revoked';
  createdAt: number;
  updatedAt: number;
  expiresAt: number;
}

/** Records by id; a second map finds them by token (the ticket a browser presents). */
export class SignInTokenStore extends ExpiringStore<SignInTokenRecord> {
  readonly #idByToken: ExpiringMap<string>;

  constructor(now: Clock) {
    super(now);
    this.#idByToken = new ExpiringMap(now);
  }

  override prune(): void {
    super.prune();
    this.#idByToken.prune();
  }

  /** Clerk's default lifetime is 30 days. */
  create(userId: string, expiresInSeconds = (30 * DAY) / SECOND): SignInTokenRecord {
    const at = this.now();
    const record: SignInTokenRecord = {
      id: newId('sit'),
      userId,
      token: randomBytes(32).toString('base64url'),
      status: 'pending',
      createdAt: at,
      updatedAt: at,
      expiresAt: at + expiresInSeconds * SECOND,
    };
    this.#idByToken.set(record.token, record.id, record.expiresAt);
    return this.items.set(record.id, record, record.expiresAt);
  }

  findByToken(token: string): SignInTokenRecord | undefined {
    const id = this.#idByToken.get(token);
    return id ? this.items.get(id) : undefined;
  }

  setStatus(record: SignInTokenRecord, status: SignInTokenRecord['status']): void {
    record.status = status;
    record.updatedAt = this.now();
  }
}

/** Keyed by nonce; readable until it expires (not single-use), so a retried request still resolves. */
export class HandshakePayloadStore extends ExpiringStore<string[]> {
  /** Stores the cookie directives and returns the nonce the browser carries back to the app. */
  put(directives: string[]): string {
    const nonce = randomBytes(24).toString('base64url');
    this.items.set(nonce, directives, this.now() + 5 * MINUTE);
    return nonce;
  }
}
