// Pure: what a failed check does to the run. At or above the profile's failOn severity it fails the test;
// below it, it is a finding (reported, the test passes). A waiver in the config file accepts a failing check
// (on one route, or everywhere) until its expiry date; after that the check fails again, saying so.
import type { Severity } from './catalog.ts';
import { SEVERITIES } from './catalog.ts';

export interface Waiver {
  /** The check id it accepts, e.g. 'headers.csp' (or a team's own customCheck id). */
  check: string;
  /** Only where the verdict's URL path, or a word of the test title, is this path. */
  route?: string;
  /** Why the team accepts the finding for now: shown in the readiness report. */
  reason: string;
  /** Last day (UTC) the waiver holds, YYYY-MM-DD. */
  expires: string;
}

export type FailureGate =
  { outcome: 'fail'; expiredWaiver?: Waiver } | { outcome: 'finding' } | { outcome: 'accepted'; waiver: Waiver };

export interface FailedCheck {
  check: string;
  severity: Severity;
  /** The verdict's URL (a path when the judge had no full URL). */
  url: string;
  testTitle: string;
}

/** True when `severity` is at least as bad as `threshold` (critical > high > medium > low). */
export function atLeast(severity: Severity, threshold: Severity): boolean {
  return SEVERITIES.indexOf(severity) <= SEVERITIES.indexOf(threshold);
}

/** Today's date in UTC, YYYY-MM-DD: the calendar waivers expire by. */
export function utcToday(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

function pathOfUrl(url: string): string | undefined {
  try {
    return new URL(url, 'http://x.invalid').pathname;
  } catch {
    return undefined;
  }
}

export function waiverMatches(waiver: Waiver, failed: Pick<FailedCheck, 'check' | 'url' | 'testTitle'>): boolean {
  if (waiver.check !== failed.check) return false;
  if (waiver.route === undefined) return true;
  return pathOfUrl(failed.url) === waiver.route || failed.testTitle.split(/\s+/).includes(waiver.route);
}

/** Expired means its last day is behind us: a waiver expiring today still holds today. */
export function isExpired(waiver: Waiver, today: string): boolean {
  return waiver.expires < today;
}

/**
 * What a failed check does, given the profile's failOn and waivers. An unexpired waiver accepts it, whatever its
 * severity; otherwise below failOn it is a finding; otherwise it fails (naming the expired waiver, if one matched).
 */
export function gateFailure(
  failed: FailedCheck,
  policy: { failOn: Severity; waivers: readonly Waiver[] },
  today: string,
): FailureGate {
  const matching = policy.waivers.filter((waiver) => waiverMatches(waiver, failed));
  const holding = matching.find((waiver) => !isExpired(waiver, today));
  if (holding) return { outcome: 'accepted', waiver: holding };
  if (!atLeast(failed.severity, policy.failOn)) return { outcome: 'finding' };
  const expired = matching.at(-1);
  return expired ? { outcome: 'fail', expiredWaiver: expired } : { outcome: 'fail' };
}

/** The accepted annotation's description: the waiver's terms first, then the finding it covers. */
export function acceptedText(waiver: Waiver, severity: Severity, finding: string): string {
  const where = waiver.route ? ` on ${waiver.route}` : '';
  // One line, so the reporter can read the terms back (parseAcceptedText).
  const reason = waiver.reason.replace(/\s+/g, ' ').trim();
  return `Accepted until ${waiver.expires}${where} (${severity}): ${reason}\n${finding}`;
}

export interface AcceptedTerms {
  expires: string;
  route?: string;
  severity?: Severity;
  reason: string;
  finding: string;
}

const ACCEPTED_LINE = /^Accepted until (\d{4}-\d{2}-\d{2})(?: on (\S+))? \((\w+)\): (.*)$/;

/** acceptedText() read back (the reporter sees only the annotation's text); null if it is not one. */
export function parseAcceptedText(text: string): AcceptedTerms | null {
  const [first = '', ...rest] = text.split('\n');
  const match = ACCEPTED_LINE.exec(first);
  if (!match) return null;
  const [, expires = '', route, severity = '', reason = ''] = match;
  return {
    expires,
    ...(route !== undefined && { route }),
    ...(SEVERITIES.includes(severity as Severity) && { severity: severity as Severity }),
    reason,
    finding: rest.join('\n'),
  };
}

/** The first line of a failure a waiver no longer covers. */
export function expiredText(waiver: Waiver): string {
  return `The waiver for ${waiver.check} expired on ${waiver.expires} (reason: ${waiver.reason}): renew it in the config file or fix the finding.`;
}
