/** Sign-up attempts, abandoned (and dropped) 24 hours after creation. */
import { AttemptStore, type AttemptRecord } from './attempts.ts';
import type { Clock } from './expiring-map.ts';
import type { VerificationRecord } from './sign-ins.ts';

export interface SignUpRecord extends AttemptRecord {
  status: 'missing_requirements' | 'complete' | 'abandoned';
  emailAddress: string | null;
  /** Held in memory only until the user is created; never serialized. */
  password: string | null;
  firstName: string | null;
  lastName: string | null;
  unsafeMetadata: Record<string, unknown>;
  emailVerification: VerificationRecord | null;
  createdUserId: string | null;
}

export class SignUpStore extends AttemptStore<SignUpRecord> {
  constructor(now: Clock) {
    super(now, 'sua', () => ({
      status: 'missing_requirements',
      emailAddress: null,
      password: null,
      firstName: null,
      lastName: null,
      unsafeMetadata: {},
      emailVerification: null,
      createdUserId: null,
    }));
  }
}
