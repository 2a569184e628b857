// Headers faults. Each helper that adds a check adds its fault here; targets/faults.ts composes the areas.
import type { Fault } from './fault.ts';

export const HEADERS_FAULTS = [
  {
    id: 'nosniff-missing',
    area: 'headers',
    description: 'Pages and API responses are sent without X-Content-Type-Options: nosniff.',
    caughtBy: 'headers.nosniff',
  },
] as const satisfies readonly Fault[];
