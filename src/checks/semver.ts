// A small semver: parse MAJOR.MINOR.PATCH[-prerelease][+build], compare by semver's precedence rules, and
// test a version against an advisory's half-open range [introduced, fixed). Enough for npm release numbers
// and Clerk's snapshot / canary tags (6.0.0-snapshot.vb87a27f); no dependency, since the judges ship to users.

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  /** Dot-separated prerelease identifiers ([] for a release). */
  prerelease: string[];
}

const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z.-]+)?$/;

export function parseSemver(text: string): SemVer | null {
  const match = SEMVER.exec(text.trim());
  if (!match) return null;
  return {
    major: Number(match[1]),
    minor: Number(match[2]),
    patch: Number(match[3]),
    prerelease: match[4] ? match[4].split('.') : [],
  };
}

const NUMERIC = /^\d+$/;

/** Prerelease identifiers: numeric ones numerically and below alphanumeric ones; a shorter list first. */
function comparePrerelease(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return b.length - a.length; // a release outranks its prereleases
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const [x, y] = [a[i]!, b[i]!];
    if (x === y) continue;
    const [xn, yn] = [NUMERIC.test(x), NUMERIC.test(y)];
    if (xn && yn) return Number(x) - Number(y);
    if (xn !== yn) return xn ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** Negative when a < b, 0 when equal, positive when a > b (build metadata ignored). */
export function compareSemver(a: SemVer, b: SemVer): number {
  return a.major - b.major || a.minor - b.minor || a.patch - b.patch || comparePrerelease(a.prerelease, b.prerelease);
}

/** True when `version` is in [introduced, fixed): at or after the first affected release, before the fix. */
export function inRange(version: string, range: { introduced: string; fixed: string }): boolean {
  const [v, from, to] = [parseSemver(version), parseSemver(range.introduced), parseSemver(range.fixed)];
  if (!v || !from || !to) return false;
  return compareSemver(v, from) >= 0 && compareSemver(v, to) < 0;
}
