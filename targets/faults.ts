// The fault catalog: deliberate defects the reference apps can switch on at run time, so the
// self-test can prove each go-live check catches the defect it exists for.
// Faults are read from CGL_FAULTS (comma-separated ids) on every call, never cached, so one
// build serves every fault combination. The catalog lives in targets/faults/<area>.ts, one file
// per area. This module must stay free of Node APIs: the Next.js middleware (edge runtime) imports it.
import { API_FAULTS } from './faults/api.ts';
import { AUTH_FAULTS } from './faults/auth.ts';
import type { Fault } from './faults/fault.ts';
import { HEADERS_FAULTS } from './faults/headers.ts';
import { INSTANCE_FAULTS } from './faults/instance.ts';
import { PREFLIGHT_FAULTS } from './faults/preflight.ts';
import { RECOVERY_FAULTS } from './faults/recovery.ts';
import { WEBHOOKS_FAULTS } from './faults/webhooks.ts';

export type { Fault, FaultArea, ReferenceApp } from './faults/fault.ts';
export { DEFAULT_FAULT_APPS } from './faults/fault.ts';

export const FAULTS = [
  ...AUTH_FAULTS,
  ...API_FAULTS,
  ...WEBHOOKS_FAULTS,
  ...HEADERS_FAULTS,
  ...PREFLIGHT_FAULTS,
  ...INSTANCE_FAULTS,
  ...RECOVERY_FAULTS,
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
