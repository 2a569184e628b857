/** Users: never expire; passwords kept as scrypt hashes. */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

import type { Clock } from './expiring-map.ts';
import { newId } from './ids.ts';

export interface EmailAddressRecord {
  id: string;
  emailAddress: string;
  createdAt: number;
}

export interface UserRecord {
  id: string;
  firstName: string | null;
  lastName: string | null;
  username: string | null;
  externalId: string | null;
  emailAddresses: EmailAddressRecord[];
  primaryEmailAddressId: string | null;
  passwordHash: string | null;
  publicMetadata: Record<string, unknown>;
  privateMetadata: Record<string, unknown>;
  unsafeMetadata: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
  lastSignInAt: number | null;
  lastActiveAt: number | null;
}

export interface NewUser {
  emailAddress: string;
  password?: string;
  firstName?: string;
  lastName?: string;
  username?: string;
  externalId?: string;
}

// Low scrypt cost: these are throwaway test passwords, and sign-in throughput matters more here.
const SCRYPT = { N: 1024, r: 8, p: 1 } as const;

function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return `${salt.toString('base64')}:${scryptSync(password, salt, 32, SCRYPT).toString('base64')}`;
}

export class UserStore {
  readonly #users = new Map<string, UserRecord>();

  constructor(private readonly now: Clock) {}

  create(input: NewUser): UserRecord {
    const email = input.emailAddress.trim().toLowerCase();
    if (this.findByEmail(email)) throw new Error(`A user with email address ${email} already exists`);
    const at = this.now();
    const emailRecord: EmailAddressRecord = { id: newId('idn'), emailAddress: email, createdAt: at };
    const user: UserRecord = {
      id: newId('user'),
      firstName: input.firstName ?? null,
      lastName: input.lastName ?? null,
      username: input.username ?? null,
      externalId: input.externalId ?? null,
      emailAddresses: [emailRecord],
      primaryEmailAddressId: emailRecord.id,
      passwordHash: input.password ? hashPassword(input.password) : null,
      publicMetadata: {},
      privateMetadata: {},
      unsafeMetadata: {},
      createdAt: at,
      updatedAt: at,
      lastSignInAt: null,
      lastActiveAt: null,
    };
    this.#users.set(user.id, user);
    return user;
  }

  get(id: string): UserRecord | undefined {
    return this.#users.get(id);
  }

  findByEmail(email: string): UserRecord | undefined {
    const wanted = email.trim().toLowerCase();
    return this.list().find(u => u.emailAddresses.some(e => e.emailAddress === wanted));
  }

  /** Newest first, like BAPI's default `order_by=-created_at`. */
  list(): UserRecord[] {
    return [...this.#users.values()].sort((a, b) => b.createdAt - a.createdAt);
  }

  delete(id: string): boolean {
    return this.#users.delete(id);
  }

  checkPassword(user: UserRecord, password: string): boolean {
    if (!user.passwordHash) return false;
    const [salt, hash] = user.passwordHash.split(':') as [string, string];
    const expected = Buffer.from(hash, 'base64');
    const actual = scryptSync(password, Buffer.from(salt, 'base64'), expected.length, SCRYPT);
    return timingSafeEqual(expected, actual);
  }

  recordSignIn(user: UserRecord): void {
    const at = this.now();
    user.lastSignInAt = at;
    user.lastActiveAt = at;
    user.updatedAt = at;
  }
}
