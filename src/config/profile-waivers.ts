// The profile's severity gate: failOn (CGL_FAIL_ON over the config file's failOn, default medium) and the
// config file's waivers, with a warning for each waiver that names no check of the suite (a typo, or a team's
// own customCheck id) and for each one that has expired or expires within WAIVER_WARN_DAYS.
import { isCheckId, type Severity } from '../checks/catalog.ts';
import { isExpired, type Waiver } from '../checks/gate.ts';
import type { ParsedEnv, ParsedFileConfig } from './schema.ts';

export const DEFAULT_FAIL_ON: Severity = 'medium';
export const WAIVER_WARN_DAYS = 14;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export function readFailOn(e: Partial<ParsedEnv>, file: ParsedFileConfig): Severity {
  return e.CGL_FAIL_ON ?? file.failOn ?? DEFAULT_FAIL_ON;
}

export function readWaivers(file: ParsedFileConfig, configFile: string, today: string, warnings: string[]): Waiver[] {
  const waivers = (file.waivers ?? []).map(({ check, route, reason, expires }) => ({
    check,
    ...(route !== undefined && { route }),
    reason,
    expires,
  }));
  waivers.forEach((waiver, index) => {
    const name = `${configFile}: waivers[${index}] (${waiver.check}${waiver.route ? ` on ${waiver.route}` : ''})`;
    if (!isCheckId(waiver.check))
      warnings.push(
        `${name}: "${waiver.check}" is not one of clerk-go-live's checks (docs/checks.md lists them): fine for ` +
          'your own customCheck id, a typo otherwise, and then the waiver accepts nothing.',
      );
    if (isExpired(waiver, today))
      warnings.push(`${name} expired on ${waiver.expires}: the check fails the run again until it is fixed.`);
    else if (daysBetween(today, waiver.expires) <= WAIVER_WARN_DAYS) {
      const left = daysBetween(today, waiver.expires);
      warnings.push(
        `${name} expires on ${waiver.expires} (${left === 0 ? 'today' : `in ${left} day${left === 1 ? '' : 's'}`}): ` +
          'fix the finding, or renew the waiver with a reason that still holds.',
      );
    }
  });
  return waivers;
}
