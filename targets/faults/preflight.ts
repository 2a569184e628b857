// Preflight faults: defects in the environment rather than the app. They are applied to the embedded
// stack's env when it is made (applyPreflightFaults, called by targets/https-front/embedded.ts from
// src/embedded/stack.ts), so the preflight checks see a bad environment exactly as a user's run would.
// Pure data and a pure function: targets/faults.ts (imported by the edge middleware) composes this file.
import type { Fault } from './fault.ts';

export const PREFLIGHT_FAULTS = [
  {
    id: 'test-keys-on-production',
    area: 'preflight',
    description: 'The profile says production (CGL_ENVIRONMENT=production) but the keys are pk_test_/sk_test_.',
    caughtBy: 'preflight.production-keys',
    // Test keys come from a development instance: the embedded stack runs one for this fault.
    instance: 'development',
  },
] as const satisfies readonly Fault[];

/** Changes the stack's env (in place) for the preflight faults named in CGL_FAULTS. */
export function applyPreflightFaults(values: Record<string, string>, faults: readonly string[]): void {
  if (faults.includes('test-keys-on-production') && !values.CLERK_SECRET_KEY?.startsWith('sk_live_')) values.CGL_ENVIRONMENT = 'production';
}
