/** Sign-in attempts, abandoned (and dropped) 24 hours after creation. */
import { AttemptStore, type AttemptRecord } from './attempts.ts';
import type { Clock } from './expiring-map.ts';

export type SignInStatus = 'needs_identifier' | 'needs_first_factor' | 'needs_second_factor' | 'complete';

export interface VerificationRecord {
  strategy: string;
  status: 'unverified' | 'verified' | 'failed' | 'expired';
  attempts: number;
  expireAt: number | null;
}

export interface SignInRecord extends AttemptRecord {
  status: SignInStatus;
  identifier: string | null;
  userId: string | null;
  firstFactorVerification: VerificationRecord | null;
}

export class SignInStore extends AttemptStore<SignInRecord> {
  constructor(now: Clock) {
    super(now, 'sia', () => ({
      status: 'needs_identifier',
      identifier: null,
      userId: null,
      firstFactorVerification: null,
    }));
  }
}
