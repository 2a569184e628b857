// The fault catalog: deliberate defects the reference apps can switch on at run time, so the
// self-test can prove each go-live check catches the defect it exists for.
// Faults are read from CGL_FAULTS (comma-separated ids) on every call, never cached, so one
// build serves every fault combination. This module must stay free of Node APIs: the Next.js
// middleware (edge runtime) imports it.

export type FaultArea = 'auth' | 'api' | 'webhooks' | 'headers';

export interface Fault {
  readonly id: string;
  readonly area: FaultArea;
  readonly description: string;
  /** The check id (src/checks) that must fail while this fault is on. */
  readonly caughtBy: string;
}

export const FAULTS = [
  {
    id: 'api-me-unprotected',
    area: 'api',
    description: 'The middleware treats /api/me as public and the route answers 200 { userId: null } when signed out.',
    caughtBy: 'api.protected.signed-out-denied',
  },
  {
    id: 'webhook-unverified',
    area: 'webhooks',
    description: 'The webhook handler parses the JSON body and answers 200 without verifying the Svix signature.',
    caughtBy: 'webhooks.bad-signature-rejected',
  },
  {
    id: 'nosniff-missing',
    area: 'headers',
    description: 'Pages and API responses are sent without X-Content-Type-Options: nosniff.',
    caughtBy: 'headers.nosniff',
  },
  {
    id: 'sign-in-broken',
    area: 'auth',
    description: 'The /sign-in page renders an error message instead of the Clerk <SignIn/> component.',
    caughtBy: 'auth.sign-in',
  },
] as const satisfies readonly Fault[];

export type FaultId = (typeof FAULTS)[number]['id'];

export const FAULT_IDS: readonly FaultId[] = FAULTS.map((fault) => fault.id);

function isFaultId(value: string): value is FaultId {
  return (FAULT_IDS as readonly string[]).includes(value);
}

/** Splits a CGL_FAULTS value into known fault ids and the names nobody knows. */
export function parseFaults(value: string | undefined): { ids: FaultId[]; unknown: string[] } {
  const names = (value ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  return { ids: names.filter(isFaultId), unknown: names.filter((name) => !isFaultId(name)) };
}

/** The faults CGL_FAULTS turns on right now; unknown ids are ignored here (start scripts reject them). */
export function activeFaults(): FaultId[] {
  return parseFaults(process.env.CGL_FAULTS).ids;
}

/** True only when CGL_FAULTS names this fault. */
export function faultOn(id: FaultId): boolean {
  return activeFaults().includes(id);
}
