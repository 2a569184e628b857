// Permissions-Policy present: the app states which powerful browser features (camera, microphone,
// geolocation, payment, …) its pages and embedded frames may use. The Observatory does not judge this
// header; the go-live checklist asks for it. Judged as a Structured Fields dictionary (feature=(allowlist)):
// an old Feature-Policy header alone does not count (current browsers ignore it).
import { pathOf, type ResponseEvidence } from './evidence.ts';
import { quoteHeader, type Verdict } from './verdict.ts';

const EXAMPLE = '`Permissions-Policy: camera=(), microphone=(), geolocation=(), payment=()`';
const MEMBER = /^[a-z][a-z0-9_-]*(=(\*|\(\s*(\*|self|"[^"]*"|\s)*\)|self))?$/;

export function judgePermissionsPolicy(evidence: ResponseEvidence): Verdict {
  const value = evidence.headers['permissions-policy'];
  const featurePolicy = evidence.headers['feature-policy'];
  const base = {
    id: 'headers.permissions-policy',
    title: `GET ${pathOf(evidence.url)} -> Permissions-Policy`,
    url: evidence.url,
    expected: `a Permissions-Policy header, e.g. ${EXAMPLE}`,
    actual:
      quoteHeader('Permissions-Policy', value) +
      (featurePolicy !== undefined ? ` (Feature-Policy: ${featurePolicy.slice(0, 80)})` : ''),
  } as const;
  if (value === undefined) {
    const old = featurePolicy !== undefined ? ' Feature-Policy is its old name and current browsers ignore it.' : '';
    return {
      ...base,
      pass: false,
      fix: `Send ${EXAMPLE} listing the features the app does not use, with an empty allowlist ().${old}`,
    };
  }
  const members = value
    .split(',')
    .map((member) => member.trim().toLowerCase())
    .filter(Boolean);
  const bad = members.filter((member) => !MEMBER.test(member));
  if (members.length === 0 || bad.length > 0) {
    return {
      ...base,
      pass: false,
      fix: `The header is not a valid Structured Fields dictionary (${bad[0] ?? 'empty'}), so browsers ignore it: write it as ${EXAMPLE}.`,
    };
  }
  return { ...base, pass: true, fix: '' };
}
