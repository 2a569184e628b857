// The browser proof of the CSP: while the sign-in page loads and the signed-in pages render, the browser
// reports no Content-Security-Policy violation (securitypolicyviolation events, and the console's
// "Refused to …" messages for violations that fire no event, e.g. in workers). Report-only violations count
// too: they are what the policy would block once enforced.
import type { Verdict } from './verdict.ts';

export interface CspViolation {
  /** The directive that blocked (effectiveDirective), or "console" for a console report. */
  directive: string;
  /** The blocked URL, "inline", "eval", or the console text. */
  blocked: string;
  /** The page it happened on. */
  page: string;
  reportOnly?: boolean;
}

export function judgeCspViolations(violations: CspViolation[], pages: string[], where: string): Verdict {
  const unique = [...new Map(violations.map((v) => [`${v.directive} ${v.blocked} ${v.page}`, v])).values()];
  const listed = unique
    .slice(0, 8)
    .map(
      (v) => `${v.reportOnly ? '(report-only) ' : ''}${v.directive} blocked ${v.blocked.slice(0, 120)} on ${v.page}`,
    );
  return {
    id: 'headers.csp-violations',
    title: `${where} -> no CSP violations in the browser`,
    url: pages[0] ?? '',
    pass: unique.length === 0,
    expected: `no CSP violation on ${pages.join(', ')}`,
    actual:
      unique.length === 0
        ? 'none'
        : `${unique.length} violation(s): ${listed.join('; ')}${unique.length > 8 ? '; …' : ''}`,
    fix:
      unique.length === 0
        ? ''
        : 'Allow what the page legitimately loads (for Clerk: its Frontend API host, ' +
          "https://challenges.cloudflare.com, https://img.clerk.com, worker-src 'self' blob:, " +
          "style-src 'unsafe-inline' or a nonce), or remove the blocked code.",
  };
}
