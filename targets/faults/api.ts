// Api faults. Each helper that adds a check adds its fault here; targets/faults.ts composes the areas.
import type { Fault } from './fault.ts';

export const API_FAULTS = [
  {
    id: 'api-me-unprotected',
    area: 'api',
    description: 'The middleware treats /api/me as public and the route answers 200 { userId: null } when signed out.',
    caughtBy: 'api.protected.signed-out-denied',
  },
] as const satisfies readonly Fault[];
