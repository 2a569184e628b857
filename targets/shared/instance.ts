// Which Clerk instance type the embedded reference app runs as: CGL_INSTANCE=production|development,
// read at build time (Next.js bakes the publishable key) and at start time. The keys are the emulator's
// fixed publishable keys (emulator/keys.ts): behind the same-origin proxy their hosts are never resolved.
import { emulatorPublishableKey, type InstanceKind } from '../../emulator/keys.ts';
import { FAULTS, parseFaults, type Fault } from '../faults.ts';

export { emulatorPublishableKey, type InstanceKind };

export const INSTANCE_KINDS: readonly InstanceKind[] = ['production', 'development'];

/** What an unset CGL_INSTANCE means: production, since the suite exists to check production configuration. */
export const DEFAULT_INSTANCE: InstanceKind = 'production';

function isInstanceKind(value: string): value is InstanceKind {
  return (INSTANCE_KINDS as readonly string[]).includes(value);
}

/** A message naming the bad value, or null when CGL_INSTANCE is unset or valid. */
export function instanceProblem(env: Readonly<Record<string, string | undefined>>): string | null {
  const value = env.CGL_INSTANCE;
  if (!value || isInstanceKind(value)) return null;
  return `CGL_INSTANCE must be one of ${INSTANCE_KINDS.join(', ')}, got "${value}"`;
}

/** The instance type CGL_INSTANCE selects (the default when unset or invalid: start scripts reject invalid). */
export function instanceFrom(env: Readonly<Record<string, string | undefined>>): InstanceKind {
  const value = env.CGL_INSTANCE;
  return value && isInstanceKind(value) ? value : DEFAULT_INSTANCE;
}

/**
 * The instance type a run uses: the one a fault in CGL_FAULTS needs (test keys come from a development
 * instance), else CGL_INSTANCE's.
 */
export function instanceForRun(env: Readonly<Record<string, string | undefined>>): InstanceKind {
  const on = parseFaults(env.CGL_FAULTS).ids;
  const needed = (FAULTS as readonly Fault[]).find(
    (fault) => fault.instance && (on as readonly string[]).includes(fault.id),
  )?.instance;
  return needed ?? instanceFrom(env);
}
