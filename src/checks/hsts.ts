// Strict-Transport-Security, after MDN HTTP Observatory's rules: judged on https responses only, max-age
// required and at least the policy's minimum (default 15552000 s, 180 days), a header sent twice is invalid,
// includeSubDomains recommended but not required. RFC 6797 adds: a directive may appear only once, and
// max-age may be quoted. A production target over plain http fails instead of skipping (plain-http.ts).
import { pathOf, type ResponseEvidence } from './evidence.ts';
import { plainHttpExcuse, productionOverHttp, SERVE_HTTPS, type TargetEnvironment } from './plain-http.ts';
import { quoteHeader, type Verdict } from './verdict.ts';
import { fixFor } from './framework.ts';

export interface HstsPolicy {
  hstsMinMaxAge: number;
  requireHsts: boolean;
}

const EXAMPLE = '`Strict-Transport-Security: max-age=63072000; includeSubDomains`';

type Parsed = { maxAge: number; includeSubDomains: boolean } | { invalid: string };

function parseHsts(value: string): Parsed {
  if (value.includes(','))
    return { invalid: 'the header is sent more than once (e.g. by the app and again by a proxy or CDN)' };
  const seen = new Map<string, string>();
  for (const directive of value.split(';')) {
    const [rawName = '', ...rest] = directive.split('=');
    const name = rawName.trim().toLowerCase();
    if (!name) continue;
    if (seen.has(name)) return { invalid: `the directive ${name} appears twice, so browsers ignore the header` };
    seen.set(
      name,
      rest
        .join('=')
        .trim()
        .replace(/^"(.*)"$/, '$1'),
    );
  }
  const maxAge = seen.get('max-age');
  if (maxAge === undefined) return { invalid: 'max-age is missing, so browsers ignore the header' };
  if (!/^\d+$/.test(maxAge)) return { invalid: 'max-age is not a whole number of seconds' };
  return { maxAge: Number(maxAge), includeSubDomains: seen.has('includesubdomains') };
}

export function judgeHsts(evidence: ResponseEvidence, policy: HstsPolicy, target: TargetEnvironment): Verdict {
  const value = evidence.headers['strict-transport-security'];
  const base = {
    id: 'headers.hsts',
    title: `GET ${pathOf(evidence.url)} -> Strict-Transport-Security`,
    url: evidence.url,
    expected: `Strict-Transport-Security with max-age >= ${policy.hstsMinMaxAge} (includeSubDomains recommended)`,
    actual: quoteHeader('Strict-Transport-Security', value),
  } as const;

  if (!evidence.url.startsWith('https:')) {
    // Over http the header means nothing (RFC 6797 §8.1), whatever requireHsts says: for production, no https
    // is the failure.
    if (productionOverHttp(evidence.url, target))
      return {
        ...base,
        actual: `served over plain http; ${base.actual}`,
        pass: false,
        fix:
          'Browsers ignore Strict-Transport-Security over plain http, so this production target cannot ' +
          `have HSTS. ${SERVE_HTTPS}`,
      };
    return {
      ...base,
      pass: false,
      fix: '',
      skip:
        'HSTS is judged on https responses only: browsers ignore Strict-Transport-Security received ' +
        `over plain http (RFC 6797 §8.1). ${plainHttpExcuse(evidence.url, target)}`,
    };
  }
  if (value === undefined) {
    if (!policy.requireHsts)
      return {
        ...base,
        pass: false,
        fix: '',
        skip: 'HSTS is not required by the profile (headers.requireHsts / CGL_REQUIRE_HSTS=false).',
      };
    return {
      ...base,
      pass: false,
      fix: `Send ${EXAMPLE} on every https response (${fixFor({
        nextjs: "next.config.js headers() for source '/(.*)', or the host's/CDN's settings",
        express: 'app.use(helmet()) sends `max-age=31536000; includeSubDomains`; or set it at the proxy/CDN in front',
        generic: "the server's, proxy's or CDN's settings",
        any: "e.g. in next.config.js headers() or the host's/CDN's settings",
      })}), so browsers never try plain http again.`,
    };
  }
  const parsed = parseHsts(value);
  if ('invalid' in parsed)
    return { ...base, pass: false, fix: `The header is invalid: ${parsed.invalid}. Send it once, as ${EXAMPLE}.` };
  if (parsed.maxAge === 0)
    return { ...base, pass: false, fix: `max-age=0 tells browsers to forget HSTS for this host: send ${EXAMPLE}.` };
  if (parsed.maxAge < policy.hstsMinMaxAge) {
    return {
      ...base,
      pass: false,
      fix: `max-age=${parsed.maxAge} is below ${policy.hstsMinMaxAge} s: raise it (ramp up if unsure, then settle on ${EXAMPLE}).`,
    };
  }
  const recommendation = parsed.includeSubDomains
    ? ''
    : 'Recommended: add includeSubDomains once every subdomain serves https, so subdomains cannot ' +
      'be used to set cookies over http.';
  return { ...base, pass: true, fix: recommendation };
}
