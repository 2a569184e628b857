// Clickjacking protection, after MDN HTTP Observatory's x-frame-options and csp tests, with two deliberate
// differences that follow what browsers do: X-Frame-Options ALLOW-FROM fails (no current browser honours
// it), and a CSP frame-ancestors that admits any site fails even when X-Frame-Options is DENY (with
// frame-ancestors present, browsers ignore X-Frame-Options).
import { isBroadSource, parseCsp } from './csp.ts';
import { pathOf, type ResponseEvidence } from './evidence.ts';
import { cap, quoteHeader, type Verdict } from './verdict.ts';
import { fixFor } from './framework.ts';

const EXPECTED =
  'X-Frame-Options: DENY or SAMEORIGIN, or Content-Security-Policy: frame-ancestors without ' +
  "wildcards (e.g. 'none' or 'self')";
const HEADERS = `\`Content-Security-Policy: frame-ancestors 'none'\` ('self' if the app frames its own pages) and \`X-Frame-Options: DENY\` for older browsers on every page`;
// Helmet's defaults (frame-ancestors 'self', X-Frame-Options: SAMEORIGIN) already pass.
const SEND_BOTH = () =>
  fixFor({
    nextjs: `send ${HEADERS}, in next.config.js headers() for source '/(.*)'`,
    express: `send ${HEADERS}: app.use(helmet()) sends frame-ancestors 'self' and X-Frame-Options: SAMEORIGIN (helmet({ frameguard: { action: 'deny' } }) for DENY)`,
    generic: `send ${HEADERS}, from the server, proxy or CDN`,
    any: `send ${HEADERS}, e.g. in next.config.js headers() for source '/(.*)'`,
  });

function judgeXfo(xfo: string | undefined): { pass: boolean; fix: string } {
  if (xfo === undefined) return { pass: false, fix: `Pages can be framed by any site: ${SEND_BOTH()}.` };
  const value = xfo.trim().toLowerCase();
  if (value === 'deny' || value === 'sameorigin') return { pass: true, fix: '' };
  if (value.includes(',')) {
    return {
      pass: false,
      fix:
        'X-Frame-Options is sent more than once (e.g. by the app and again by a proxy or CDN), ' +
        'which makes it invalid: send it once, as DENY or SAMEORIGIN.',
    };
  }
  if (value.startsWith('allow-from')) {
    return {
      pass: false,
      fix:
        'Browsers ignore X-Frame-Options ALLOW-FROM: list the sites allowed to frame the app in ' +
        '`Content-Security-Policy: frame-ancestors https://partner.example` instead, and send ' +
        'X-Frame-Options: DENY or SAMEORIGIN.',
    };
  }
  return {
    pass: false,
    fix: `X-Frame-Options accepts only DENY or SAMEORIGIN; an invalid value protects nothing: ${SEND_BOTH()}.`,
  };
}

export function judgeFrameProtection(evidence: ResponseEvidence): Verdict {
  const xfo = evidence.headers['x-frame-options'];
  // frame-ancestors counts only in an enforced header policy: meta tags and report-only policies do not block.
  const ancestors = parseCsp(evidence.headers['content-security-policy']).flatMap((policy) => {
    const sources = policy.get('frame-ancestors');
    return sources ? [sources] : [];
  });
  const reportOnly = parseCsp(evidence.headers['content-security-policy-report-only']).some((p) =>
    p.has('frame-ancestors'),
  );
  const described = ancestors.map((sources) => `frame-ancestors ${sources.join(' ') || "(empty = 'none')"}`).join(', ');
  const actual = `${quoteHeader('X-Frame-Options', xfo)}; ${ancestors.length ? `CSP ${cap(described)}` : 'no CSP frame-ancestors'}${reportOnly ? ' (frame-ancestors only in Content-Security-Policy-Report-Only)' : ''}`;
  const base = {
    id: 'headers.frame-protection',
    title: `GET ${pathOf(evidence.url)} -> frame protection`,
    url: evidence.url,
    expected: EXPECTED,
    actual,
  } as const;

  if (ancestors.length > 0) {
    // Every enforced policy applies, so one policy without a wildcard is enough to restrict framing.
    const restricted = ancestors.some((sources) => !sources.some(isBroadSource));
    return restricted
      ? { ...base, pass: true, fix: '' }
      : {
          ...base,
          pass: false,
          fix:
            'CSP frame-ancestors lets any site frame the app, and with frame-ancestors present browsers ' +
            "ignore X-Frame-Options: use frame-ancestors 'none' or 'self' plus the exact origins that " +
            'must embed the app.',
        };
  }
  const judged = judgeXfo(xfo);
  const fix =
    reportOnly && !judged.pass
      ? `${judged.fix} (frame-ancestors in Content-Security-Policy-Report-Only only reports: move it to Content-Security-Policy.)`
      : judged.fix;
  return { ...base, pass: judged.pass, fix };
}
