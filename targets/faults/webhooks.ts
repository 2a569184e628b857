// Webhooks faults. Each helper that adds a check adds its fault here; targets/faults.ts composes the areas.
import type { Fault } from './fault.ts';

export const WEBHOOKS_FAULTS = [
  {
    id: 'webhook-unverified',
    area: 'webhooks',
    description: 'The webhook handler parses the JSON body and answers 200 without verifying the Svix signature.',
    caughtBy: 'webhooks.bad-signature-rejected',
  },
] as const satisfies readonly Fault[];
