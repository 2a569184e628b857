// The record of the last full fault matrix that passed (one run per fault per app): a fingerprint of the fault
// catalog (every field, masks included) and of the check ids. The batched matrix relies on it: batching
// proves that each fault's check fails, but a fault that also fails a check another fault of its batch is
// caught by would go unseen there. Only a full run shows that no fault fails any check but its own, so a
// catalog that changed since the last full pass gets the full matrix again (selftest/suite/matrix-plan.ts).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG } from '../../src/checks/catalog.ts';
import { FAULTS } from '../../targets/faults.ts';

/** Committed; written by a passing full run (selftest/matrix-record-reporter.ts). */
export const RECORD_FILE = 'selftest/suite/full-matrix-pass.json';
const RECORD_PATH = join(import.meta.dirname, '..', '..', RECORD_FILE);

export interface MatrixRecord {
  /** catalogFingerprint() of the catalog the full matrix passed on. */
  fingerprint: string;
  faults: number;
  checks: number;
  /**
   * faultFingerprint() of each fault the record holds proven, by id: a later run proves alone only the faults
   * whose entry is new or changed (selftest/suite/matrix-plan.ts). Absent in records older than this field.
   */
  faultFingerprints?: Record<string, string>;
  /** The day of the passing run (YYYY-MM-DD). */
  date: string;
  /** What produced the record. */
  source: string;
}

export function catalogFingerprint(
  faults: readonly object[] = FAULTS,
  checkIds: readonly string[] = Object.keys(CATALOG),
): string {
  const text = JSON.stringify({ faults, checks: [...checkIds].sort() });
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** A hash of one fault's entry (every field, masks and apps included). */
export function faultFingerprint(fault: object): string {
  return createHash('sha256').update(JSON.stringify(fault)).digest('hex').slice(0, 16);
}

export function faultFingerprints(faults: readonly { id: string }[] = FAULTS): Record<string, string> {
  return Object.fromEntries(faults.map((fault) => [fault.id, faultFingerprint(fault)]));
}

/** The committed record, or null when there is none or it cannot be read. */
export function readRecord(path = RECORD_PATH): MatrixRecord | null {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as MatrixRecord;
  } catch {
    return null;
  }
}

export function writeRecord(source: string, path = RECORD_PATH): MatrixRecord {
  const record: MatrixRecord = {
    fingerprint: catalogFingerprint(),
    faults: FAULTS.length,
    checks: Object.keys(CATALOG).length,
    faultFingerprints: faultFingerprints(),
    date: new Date().toISOString().slice(0, 10),
    source,
  };
  writeFileSync(path, `${JSON.stringify(record, null, 2)}\n`);
  return record;
}
