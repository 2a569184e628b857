/** Users: never expire; passwords kept as scrypt hashes. */
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

import type { Clock } from './expiring-map.ts';
import type { StateEvents } from './events.ts';
import { newId } from './ids.ts';

export interface EmailAddressRecord {
  id: string;
  emailAddress: string;
  createdAt: number;
}

export interface PhoneNumberRecord {
  id: string;
  phoneNumber: string;
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
  phoneNumbers: PhoneNumberRecord[];
  primaryPhoneNumberId: string | null;
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
  /** At least one of emailAddress and phoneNumber (E.164, e.g. +15555550100). */
  emailAddress?: string;
  phoneNumber?: string;
  password?: string;
  firstName?: string;
  lastName?: string;
  username?: string;
  externalId?: string;
}

export interface UserChanges {
  password?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  username?: string | null;
  externalId?: string | null;
  publicMetadata?: Record<string, unknown>;
  privateMetadata?: Record<string, unknown>;
  unsafeMetadata?: Record<string, unknown>;
}

// Low scrypt cost: these are throwaway test passwords, and sign-in throughput matters more here.
const SCRYPT = { N: 1024, r: 8, p: 1 } as const;

function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return `${salt.toString('base64')}:${scryptSync(password, salt, 32, SCRYPT).toString('base64')}`;
}

export class UserStore {
  readonly #users = new Map<string, UserRecord>();

  constructor(
    private readonly now: Clock,
    private readonly events: StateEvents,
  ) {}

  create(input: NewUser): UserRecord {
    const email = input.emailAddress?.trim().toLowerCase();
    const phone = input.phoneNumber ? normalizePhone(input.phoneNumber) : undefined;
    if (!email && !phone) throw new Error('A user needs an email address or a phone number');
    if (email && this.findByEmail(email)) throw new Error(`A user with email address ${email} already exists`);
    if (phone && this.findByPhone(phone)) throw new Error(`A user with phone number ${phone} already exists`);
    const at = this.now();
    const emailRecord: EmailAddressRecord | null = email
      ? { id: newId('idn'), emailAddress: email, createdAt: at }
      : null;
    const phoneRecord: PhoneNumberRecord | null = phone
      ? { id: newId('idn'), phoneNumber: phone, createdAt: at }
      : null;
    const user: UserRecord = {
      id: newId('user'),
      firstName: input.firstName ?? null,
      lastName: input.lastName ?? null,
      username: input.username ?? null,
      externalId: input.externalId ?? null,
      emailAddresses: emailRecord ? [emailRecord] : [],
      primaryEmailAddressId: emailRecord?.id ?? null,
      phoneNumbers: phoneRecord ? [phoneRecord] : [],
      primaryPhoneNumberId: phoneRecord?.id ?? null,
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
    this.events.emit({ type: 'user.created', user });
    return user;
  }

  get(id: string): UserRecord | undefined {
    return this.#users.get(id);
  }

  findByEmail(email: string): UserRecord | undefined {
    const wanted = email.trim().toLowerCase();
    return this.list().find((u) => u.emailAddresses.some((e) => e.emailAddress === wanted));
  }

  findByPhone(phone: string): UserRecord | undefined {
    const wanted = normalizePhone(phone);
    return this.list().find((u) => u.phoneNumbers.some((p) => p.phoneNumber === wanted));
  }

  /** A sign-in identifier: an email address or a phone number. */
  findByIdentifier(identifier: string): UserRecord | undefined {
    return identifier.includes('@') ? this.findByEmail(identifier) : this.findByPhone(identifier);
  }

  /** Newest first, like BAPI's default `order_by=-created_at`. */
  list(): UserRecord[] {
    return [...this.#users.values()].sort((a, b) => b.createdAt - a.createdAt);
  }

  delete(id: string): boolean {
    const deleted = this.#users.delete(id);
    if (deleted) this.events.emit({ type: 'user.deleted', userId: id });
    return deleted;
  }

  /** Applies a BAPI update (only the given fields) and emits user.updated. */
  update(user: UserRecord, changes: UserChanges): UserRecord {
    if (changes.password !== undefined) user.passwordHash = changes.password ? hashPassword(changes.password) : null;
    for (const key of ['firstName', 'lastName', 'username', 'externalId'] as const) {
      if (changes[key] !== undefined) user[key] = changes[key];
    }
    for (const key of ['publicMetadata', 'privateMetadata', 'unsafeMetadata'] as const) {
      if (changes[key] !== undefined) user[key] = changes[key];
    }
    user.updatedAt = Math.max(this.now(), user.updatedAt);
    this.events.emit({ type: 'user.updated', user });
    return user;
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

/** E.164-ish: keep a leading + and the digits (`+1 (555) 555-0100` -> `+15555550100`). */
export function normalizePhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `+${digits}`;
}
