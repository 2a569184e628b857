// Recovery faults: how the app behaves while Clerk itself is down (tests/recovery, the Clerk outage drill).
import { ALL_APPS, type Fault } from './fault.ts';

export const RECOVERY_FAULTS = [
  {
    id: 'sign-in-blank-when-clerk-down',
    area: 'recovery',
    description:
      'The sign-in page (Hono: /login) has no fallback for a Clerk outage: when clerk-js or the Frontend API fails, ' +
      "the area where Clerk's <SignIn/> would be stays blank.",
    caughtBy: 'recovery.clerk-down.sign-in-fallback',
    apps: ALL_APPS,
  },
] as const satisfies readonly Fault[];
