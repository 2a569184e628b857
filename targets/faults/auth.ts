// Auth faults. Each helper that adds a check adds its fault here; targets/faults.ts composes the areas.
import type { Fault } from './fault.ts';

export const AUTH_FAULTS = [
  {
    id: 'sign-in-broken',
    area: 'auth',
    description: 'The /sign-in page renders an error message instead of the Clerk <SignIn/> component.',
    caughtBy: 'auth.sign-in',
  },
] as const satisfies readonly Fault[];
