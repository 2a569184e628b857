// The enforced CSP lets Clerk work (Clerk's CSP guide): clerk-js and FAPI requests from the Frontend API
// origin (the host in the publishable key, or the app's own origin when FAPI is proxied same-origin),
// Cloudflare Turnstile (bot protection) as script and frame, avatars from img.clerk.com, and the session
// poller's worker from 'self' and blob:. Judged on the enforced policy, or on the report-only one when
// that is all there is (it is the policy about to be enforced). style-src 'unsafe-inline' is not required
// here (a nonce works too) and never flagged. Under 'strict-dynamic' with a nonce, clerk-js is loaded by a
// nonce'd script and itself loads Turnstile and starts the poller's worker, so those need no host source;
// what it fetches, frames and shows (connect-src, frame-src, img-src) still does.
import { parseCsp } from './csp.ts';
import { policyAllows, policyAllowsKeyword, trustsLoadedScripts } from './csp-sources.ts';
import { pathOf, type ResponseEvidence } from './evidence.ts';
import type { Verdict } from './verdict.ts';
import { fixFor } from './framework.ts';

export interface ClerkCspTarget {
  /** Where the browser reaches Clerk's Frontend API: https://clerk.example.com, or the app's origin when proxied. */
  fapiOrigin: string;
}

// Headers cannot show whether the nonce reaches the script tag that loads clerk-js: say so on a pass.
const STRICT = "With 'strict-dynamic', clerk-js loads only from a script that carries the page's nonce: ";
const STRICT_NOTE = () =>
  fixFor({
    nextjs:
      STRICT +
      'let clerkMiddleware({ contentSecurityPolicy: { strict: true } }) in middleware.ts / proxy.ts set the policy ' +
      'and render <ClerkProvider dynamic>, which reads the nonce from the request (X-Nonce or the CSP header).',
    express:
      STRICT +
      "generate a nonce per request, put it in helmet's contentSecurityPolicy script-src ('nonce-…') and pass the " +
      'same value to <ClerkProvider nonce> (or the nonce attribute of the script tag that loads clerk-js).',
    generic:
      STRICT +
      'pass the per-request nonce of the CSP header to <ClerkProvider nonce> (or the nonce attribute of the ' +
      'script tag that loads clerk-js).',
    any:
      STRICT +
      '<ClerkProvider nonce> (@clerk/nextjs reads it from the CSP header when the provider is server-rendered), or ' +
      'let clerkMiddleware set the policy (contentSecurityPolicy: { strict: true }).',
  });

const TURNSTILE = 'https://challenges.cloudflare.com';
const IMAGES = 'https://img.clerk.com';

interface Need {
  directive: string;
  url?: string;
  keyword?: string;
  why: string;
}

export function judgeCspClerk(evidence: ResponseEvidence, target: ClerkCspTarget): Verdict {
  const enforcedValue = evidence.headers['content-security-policy'];
  const value = enforcedValue ?? evidence.headers['content-security-policy-report-only'];
  const policies = parseCsp(value);
  const fapi = new URL(target.fapiOrigin);
  const self = new URL(evidence.url);
  const fapiSource = fapi.origin === self.origin ? "'self'" : fapi.origin;
  const needs: Need[] = [
    {
      directive: 'script-src',
      url: `${fapi.origin}/npm/@clerk/clerk-js.js`,
      why: `script-src ${fapiSource} (clerk-js)`,
    },
    { directive: 'connect-src', url: `${fapi.origin}/v1/client`, why: `connect-src ${fapiSource} (Frontend API)` },
    {
      directive: 'script-src',
      url: `${TURNSTILE}/turnstile/v0/api.js`,
      why: `script-src ${TURNSTILE} (bot protection)`,
    },
    {
      directive: 'frame-src',
      url: `${TURNSTILE}/cdn-cgi/challenge-platform/`,
      why: `frame-src ${TURNSTILE} (bot protection)`,
    },
    { directive: 'img-src', url: `${IMAGES}/avatar.png`, why: `img-src ${IMAGES} (avatars)` },
    { directive: 'worker-src', url: `${self.origin}/worker.js`, why: "worker-src 'self'" },
    { directive: 'worker-src', keyword: 'blob:', why: 'worker-src blob: (session poller)' },
  ];
  const missing = needs.filter(
    (need) =>
      !policies.every(
        (policy) =>
          trustsLoadedScripts(policy, need.directive) ||
          (need.url
            ? policyAllows(policy, need.directive, new URL(need.url), self)
            : policyAllowsKeyword(policy, need.directive, need.keyword ?? '')),
      ),
  );
  const base = {
    id: 'headers.csp-clerk',
    title: `GET ${pathOf(evidence.url)} -> CSP allows Clerk`,
    url: evidence.url,
    expected:
      `a CSP allowing ${needs.map((need) => need.why).join(', ')} ` +
      "(under 'strict-dynamic' with a nonce, the script-src and worker-src ones come through the nonce'd clerk-js)",
  } as const;
  if (policies.length === 0) {
    return {
      ...base,
      actual: 'no Content-Security-Policy',
      pass: false,
      fix: '',
      skip: 'No CSP on this response, so nothing blocks Clerk (headers.csp judges the missing policy).',
    };
  }
  const actual =
    missing.length === 0 ? 'every Clerk source is allowed' : `blocked: ${missing.map((need) => need.why).join(', ')}`;
  const strict = policies.some((policy) => trustsLoadedScripts(policy, 'script-src'));
  const fix =
    missing.length > 0
      ? `Add ${missing.map((need) => need.why.replace(/ \(.*\)$/, '')).join('; ')} to the policy, or Clerk's sign-in and bot protection break in browsers.`
      : strict
        ? STRICT_NOTE()
        : '';
  return {
    ...base,
    actual: `${enforcedValue === undefined ? '(report-only policy) ' : ''}${actual}`,
    pass: missing.length === 0,
    fix,
  };
}
