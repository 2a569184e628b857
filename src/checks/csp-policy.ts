// Content-Security-Policy present and enforced, after MDN HTTP Observatory's csp test where it judges the
// same things: no policy fails; a policy only in Content-Security-Policy-Report-Only enforces nothing and
// fails; 'unsafe-eval' in script-src fails (production only: dev tooling needs eval); a script-src or
// default-src that admits any site (*, https:, http:) or data: URLs fails; plugins (<object>, <embed>) must
// be shut out by object-src 'none' or a default-src that names its sources. 'strict-dynamic' with a nonce or
// hash makes browsers ignore host and scheme sources and 'unsafe-inline', so web.dev's strict CSP
// (`'nonce-…' 'strict-dynamic' https: 'unsafe-inline'`, the last two for old browsers only) passes. One
// deliberate difference: 'unsafe-inline' in script-src is a recommendation here, not a failure, because
// Next.js's inline payload scripts need it unless every page renders dynamically with a nonce. style-src
// 'unsafe-inline' is never flagged: Clerk's components inject <style> tags.
import { isBroadSource, parseCsp, type CspPolicy } from './csp.ts';
import { effectiveSources, scriptSourcesInForce } from './csp-sources.ts';
import { pathOf, type ResponseEvidence } from './evidence.ts';
import { cap, type Verdict } from './verdict.ts';

export interface CspJudgeOptions {
  /** Production profiles must not allow 'unsafe-eval'. */
  production: boolean;
}

const EXAMPLE =
  "`Content-Security-Policy: default-src 'self'; script-src 'self' https://<your-fapi-host> " +
  "https://challenges.cloudflare.com; object-src 'none'; …` (see Clerk's CSP guide)";

/** The script sources in force for one policy (after default-src fallback and strict-dynamic), or null. */
function scriptSources(policy: CspPolicy): { from: string; sources: string[] } | null {
  const governing = effectiveSources(policy, 'script-src');
  return governing && { from: governing.from, sources: scriptSourcesInForce(governing.sources) };
}

function scriptProblems(policy: CspPolicy): string[] {
  const governing = scriptSources(policy);
  if (!governing) return ['no script-src or default-src, so scripts load from anywhere'];
  const problems: string[] = [];
  const broad = governing.sources.filter(isBroadSource);
  if (broad.length) problems.push(`${governing.from} admits any site (${broad.join(' ')})`);
  if (governing.sources.includes('data:'))
    problems.push(`${governing.from} allows data:, so an injected <script src="data:…"> runs`);
  return problems;
}

// <object> and <embed> load plugins and documents that can run script: only 'none' keeps them out, or a
// default-src that names its sources when object-src is absent.
function objectProblem(policy: CspPolicy): string | null {
  const own = policy.get('object-src');
  if (own) return own.every((source) => source === "'none'") ? null : `object-src is ${own.join(' ')}, not 'none'`;
  const fallback = policy.get('default-src');
  if (!fallback) return 'no object-src or default-src, so <object> and <embed> load from anywhere';
  const loose = fallback.filter((source) => isBroadSource(source) || source === 'data:' || source === 'blob:');
  return loose.length ? `no object-src, and default-src admits ${loose.join(' ')} for <object> and <embed>` : null;
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
    expected:
      "an enforced Content-Security-Policy whose script-src names its sources (or a nonce with 'strict-dynamic'), " +
      `without data:${options.production ? " or 'unsafe-eval'" : ''}, and object-src 'none'`,
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
  // Every enforced policy applies: one that restricts scripts (or objects) is enough to restrict them, but
  // eval is allowed only if every policy allows it, so judge eval across all of them.
  const perPolicy = enforced.map(scriptProblems);
  const scriptsOpen = !perPolicy.some((problems) => problems.length === 0);
  const objectProblems = enforced.map(objectProblem);
  const objectsOpen = !objectProblems.includes(null);
  const evalEverywhere =
    options.production &&
    enforced.every((policy) =>
      (effectiveSources(policy, 'script-src')?.sources ?? ["'unsafe-eval'"]).includes("'unsafe-eval'"),
    );
  if (scriptsOpen || objectsOpen) {
    const fixes = [
      scriptsOpen &&
        `The policy does not restrict scripts: ${perPolicy.flat().join('; ')}. List the script origins you use ` +
          "instead, or use a per-request nonce with 'strict-dynamic'.",
      objectsOpen &&
        `The policy does not shut out plugins: ${[...new Set(objectProblems)].join('; ')}. Add object-src 'none'.`,
    ];
    return { ...base, pass: false, fix: fixes.filter(Boolean).join(' ') };
  }
  if (evalEverywhere) {
    return {
      ...base,
      pass: false,
      fix:
        "Remove 'unsafe-eval' from script-src: it lets injected strings run as code. Clerk does not " +
        'need it in production; if a library does, replace or isolate it.',
    };
  }
  // With a nonce or hash, browsers ignore 'unsafe-inline': only recommend against it where it is in force.
  const inline = enforced.every((policy) => scriptSources(policy)?.sources.includes("'unsafe-inline'"));
  const fix = inline
    ? "Recommended: replace script-src 'unsafe-inline' with a per-request nonce ('nonce-…' " +
      "'strict-dynamic') when the app can render pages dynamically."
    : '';
  return { ...base, pass: true, fix };
}
