/** Sign-in attempts, abandoned (and dropped) 24 hours after creation. */
import { DAY, ExpiringMap, type Clock } from './expiring-map.ts';
import { newId } from './ids.ts';

export type SignInStatus = 'needs_identifier' | 'needs_first_factor' | 'needs_second_factor' | 'complete';

export interface VerificationRecord {
  strategy: string;
  status: 'unverified' | 'verified' | 'failed' | 'expired';
  attempts: number;
  expireAt: number | null;
}

export interface SignInRecord {
  id: string;
  clientId: string;
  status: SignInStatus;
  identifier: string | null;
  userId: string | null;
  firstFactorVerification: VerificationRecord | null;
  createdSessionId: string | null;
  createdAt: number;
  abandonAt: number;
}

export class SignInStore {
  readonly #items: ExpiringMap<SignInRecord>;

  constructor(private readonly now: Clock) {
    this.#items = new ExpiringMap(now);
  }

  create(clientId: string): SignInRecord {
    const at = this.now();
    const signIn: SignInRecord = {
      id: newId('sia'),
      clientId,
      status: 'needs_identifier',
      identifier: null,
      userId: null,
      firstFactorVerification: null,
      createdSessionId: null,
      createdAt: at,
      abandonAt: at + DAY,
    };
    return this.#items.set(signIn.id, signIn, signIn.abandonAt);
  }

  get(id: string): SignInRecord | undefined {
    return this.#items.get(id);
  }
}
