// Content-Security-Policy present and enforced, after MDN HTTP Observatory's csp test where it judges the
// same things: no policy fails; a policy only in Content-Security-Policy-Report-Only enforces nothing and
// fails; 'unsafe-eval' in script-src fails (production only: dev tooling needs eval); a script-src or
// default-src that admits any site (*, https:, http:) fails. One deliberate difference: 'unsafe-inline' in
// script-src is a recommendation here, not a failure, because Next.js's inline payload scripts need it
// unless every page renders dynamically with a nonce. style-src 'unsafe-inline' is never flagged: Clerk's
// components inject <style> tags.
import { isBroadSource, parseCsp, type CspPolicy } from './csp.ts';
import { effectiveSources } from './csp-sources.ts';
import { pathOf, type ResponseEvidence } from './evidence.ts';
import { cap, type Verdict } from './verdict.ts';

export interface CspJudgeOptions {
  /** Production profiles must not allow 'unsafe-eval'. */
  production: boolean;
}

const EXAMPLE =
  "`Content-Security-Policy: default-src 'self'; script-src 'self' https://<your-fapi-host> " +
  "https://challenges.cloudflare.com; …` (see Clerk's CSP guide)";

function scriptProblems(policy: CspPolicy, production: boolean): string[] {
  const governing = effectiveSources(policy, 'script-src');
  if (!governing) return ['no script-src or default-src, so scripts load from anywhere'];
  const problems: string[] = [];
  const broad = governing.sources.filter(isBroadSource);
  if (broad.length) problems.push(`${governing.from} admits any site (${broad.join(' ')})`);
  if (production && governing.sources.includes("'unsafe-eval'"))
    problems.push(`${governing.from} allows 'unsafe-eval'`);
  return problems;
}

export function judgeCsp(evidence: ResponseEvidence, options: CspJudgeOptions): Verdict {
  const enforcedValue = evidence.headers['content-security-policy'];
  const reportOnlyValue = evidence.headers['content-security-policy-report-only'];
  const enforced = parseCsp(enforcedValue);
  const actual =
    enforcedValue !== undefined
      ? `Content-Security-Policy: ${cap(enforcedValue)}`
      : reportOnlyValue !== undefined
        ? `only Content-Security-Policy-Report-Only: ${cap(reportOnlyValue)}`
        : 'no Content-Security-Policy header';
  const base = {
    id: 'headers.csp',
    title: `GET ${pathOf(evidence.url)} -> Content-Security-Policy enforced`,
    url: evidence.url,
    expected: `an enforced Content-Security-Policy whose script-src names its sources${options.production ? " and has no 'unsafe-eval'" : ''}`,
    actual,
  } as const;

  if (enforced.length === 0) {
    const fix =
      reportOnlyValue !== undefined
        ? 'Content-Security-Policy-Report-Only only reports violations and blocks nothing: once its ' +
          'reports are clean, send the same policy as Content-Security-Policy.'
        : `Send a Content-Security-Policy on every page, e.g. ${EXAMPLE}.`;
    return { ...base, pass: false, fix };
  }
  // Every enforced policy applies; one restrictive policy is enough to restrict scripts, but eval is allowed
  // only if every policy allows it, so judge eval across all of them.
  const perPolicy = enforced.map((policy) => scriptProblems(policy, false));
  const restricted = perPolicy.some((problems) => problems.length === 0);
  const evalEverywhere =
    options.production &&
    enforced.every((policy) =>
      (effectiveSources(policy, 'script-src')?.sources ?? ["'unsafe-eval'"]).includes("'unsafe-eval'"),
    );
  if (!restricted)
    return {
      ...base,
      pass: false,
      fix: `The policy does not restrict scripts: ${perPolicy.flat().join('; ')}. List the script origins you use instead.`,
    };
  if (evalEverywhere) {
    return {
      ...base,
      pass: false,
      fix:
        "Remove 'unsafe-eval' from script-src: it lets injected strings run as code. Clerk does not " +
        'need it in production; if a library does, replace or isolate it.',
    };
  }
  const inline = enforced.every((policy) =>
    effectiveSources(policy, 'script-src')?.sources.includes("'unsafe-inline'"),
  );
  const fix = inline
    ? "Recommended: replace script-src 'unsafe-inline' with a per-request nonce ('nonce-…' " +
      "'strict-dynamic') when the app can render pages dynamically."
    : '';
  return { ...base, pass: true, fix };
}
