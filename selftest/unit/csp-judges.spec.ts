// CSP judges on canned header sets, including cases of MDN HTTP Observatory's csp test (no policy,
// report-only only, unsafe-eval, broad script sources) and where we deliberately differ (script-src
// 'unsafe-inline' is a recommendation; style-src 'unsafe-inline' is never flagged, Clerk needs it).
import { expect, test } from '@playwright/test';
import {
  judgeCsp,
  judgeCspClerk,
  parseCsp,
  policyAllows,
  scriptSourcesInForce,
  sourceAllows,
} from '../../src/checks/index.ts';
import { SECURITY_HEADERS } from '../../targets/shared/security-headers.ts';
import { withHeaders } from './helpers.ts';

const production = { production: true };
const csp = (value: string) => withHeaders({ 'Content-Security-Policy': value });
const REFERENCE_CSP = SECURITY_HEADERS.find((header) => header.key === 'Content-Security-Policy')!.value;
// web.dev's "Mitigate XSS with a strict CSP": https: and 'unsafe-inline' are fallbacks for old browsers only.
const STRICT_CSP =
  "script-src 'nonce-r4nd0m' 'strict-dynamic' https: 'unsafe-inline'; object-src 'none'; base-uri 'none'";

test.describe('headers.csp', () => {
  test('MDN: no policy fails', () => {
    const verdict = judgeCsp(withHeaders({}), production);
    expect(verdict).toMatchObject({ id: 'headers.csp', pass: false, actual: 'no Content-Security-Policy header' });
  });

  test('MDN: a policy only in Content-Security-Policy-Report-Only is not implemented', () => {
    const verdict = judgeCsp(withHeaders({ 'Content-Security-Policy-Report-Only': "default-src 'self'" }), production);
    expect(verdict.pass).toBe(false);
    expect(verdict.fix).toContain('blocks nothing');
  });

  test("MDN: 'unsafe-eval' fails in production (also via default-src), and is allowed in development", () => {
    expect(judgeCsp(csp("script-src 'self' 'unsafe-eval'"), production).pass).toBe(false);
    expect(judgeCsp(csp("default-src 'self' 'unsafe-eval'"), production).pass).toBe(false);
    expect(judgeCsp(csp("script-src 'self' 'unsafe-eval'; object-src 'none'"), { production: false }).pass).toBe(true);
  });

  test('MDN: script sources that admit any site fail', () => {
    for (const value of ['default-src *', "script-src 'self' https:", 'default-src http:', "object-src 'none'"]) {
      expect(judgeCsp(csp(value), production).pass, value).toBe(false);
    }
  });

  test("differs from MDN: script-src 'unsafe-inline' passes with a nonce recommendation", () => {
    const verdict = judgeCsp(csp("default-src 'self'; script-src 'self' 'unsafe-inline'"), production);
    expect(verdict.pass).toBe(true);
    expect(verdict.fix).toContain('nonce');
  });

  test("style-src 'unsafe-inline' is never flagged (Clerk's components inject styles)", () => {
    expect(judgeCsp(csp("default-src 'self'; style-src 'self' 'unsafe-inline'"), production)).toMatchObject({
      pass: true,
      fix: '',
    });
  });

  test("the reference apps' policy passes", () => {
    expect(judgeCsp(csp(REFERENCE_CSP), production).pass).toBe(true);
  });

  test("MDN: web.dev's strict CSP passes: 'strict-dynamic' + nonce/hash overrides https: and 'unsafe-inline'", () => {
    const verdict = judgeCsp(csp(STRICT_CSP), production);
    expect(verdict).toMatchObject({ pass: true, fix: '' });
    expect(judgeCsp(csp(STRICT_CSP.replace("'nonce-r4nd0m'", "'sha256-abc='")), production).pass).toBe(true);
    expect(scriptSourcesInForce(parseCsp(STRICT_CSP)[0]!.get('script-src')!)).toEqual([
      "'nonce-r4nd0m'",
      "'strict-dynamic'",
    ]);
  });

  test("'strict-dynamic' without a nonce or hash trusts nothing: https: still counts as any site", () => {
    const verdict = judgeCsp(csp("script-src 'strict-dynamic' https:; object-src 'none'"), production);
    expect(verdict.pass).toBe(false);
    expect(verdict.fix).toContain('script-src admits any site (https:)');
  });

  test("a nonce alone makes browsers ignore 'unsafe-inline': no recommendation then", () => {
    const verdict = judgeCsp(csp("default-src 'self'; script-src 'self' 'nonce-abc' 'unsafe-inline'"), production);
    expect(verdict).toMatchObject({ pass: true, fix: '' });
  });

  test('MDN: data: in script-src (or in default-src without script-src) fails, even next to a nonce', () => {
    for (const value of [
      "default-src 'self'; script-src 'self' data:",
      "default-src 'self' data:",
      "default-src 'self'; script-src 'nonce-abc' data:",
    ]) {
      const verdict = judgeCsp(csp(value), production);
      expect(verdict.pass, value).toBe(false);
      expect(verdict.fix, value).toContain('allows data:');
    }
    expect(judgeCsp(csp(`${STRICT_CSP.replace('https:', 'data:')}`), production).pass).toBe(true);
  });

  test("MDN: object-src other than 'none', or absent with no restrictive default-src, fails", () => {
    const objects = (value: string) => judgeCsp(csp(value), production);
    expect(objects("script-src 'self'").fix).toContain('no object-src or default-src');
    expect(objects("script-src 'self'; object-src 'self'").fix).toContain("object-src is 'self', not 'none'");
    expect(objects("script-src 'self'; object-src *").pass).toBe(false);
    expect(objects("default-src 'self' https:; script-src 'self'").fix).toContain('default-src admits https:');
    expect(objects("script-src 'self'; object-src 'none'").pass).toBe(true);
    expect(objects("default-src 'self'").pass).toBe(true);
    expect(objects("default-src 'none'; script-src 'self'").pass).toBe(true);
    // One policy restricting scripts and another restricting objects: both are enforced.
    expect(objects("script-src 'self', object-src 'none'").pass).toBe(true);
  });

  test('parsing follows the spec: names case-insensitive, first duplicate wins, policies split on commas', () => {
    const [first, second] = parseCsp("SCRIPT-SRC 'self'; script-src *, img-src data:");
    expect(first?.get('script-src')).toEqual(["'self'"]);
    expect(second?.get('img-src')).toEqual(['data:']);
  });
});

test.describe('headers.csp-clerk', () => {
  const proxied = { fapiOrigin: 'https://app.example.com' };
  const hosted = { fapiOrigin: 'https://clerk.example.com' };
  const judge = (value: string, target = hosted) => judgeCspClerk(csp(value), target);

  test("the reference policy allows Clerk through a same-origin proxy ('self')", () => {
    expect(judge(REFERENCE_CSP, proxied)).toMatchObject({ id: 'headers.csp-clerk', pass: true });
  });

  test('a Clerk-hosted FAPI must be named in script-src and connect-src', () => {
    const verdict = judge(REFERENCE_CSP, hosted);
    expect(verdict.pass).toBe(false);
    expect(verdict.actual).toContain('script-src https://clerk.example.com');
    expect(verdict.actual).toContain('connect-src https://clerk.example.com');
    const fixed = REFERENCE_CSP.replace("script-src 'self'", "script-src 'self' https://clerk.example.com").replace(
      "connect-src 'self'",
      "connect-src 'self' https://clerk.example.com",
    );
    expect(judge(fixed).pass).toBe(true);
  });

  test("Clerk's guide: wildcards and default-src fallback count", () => {
    expect(
      judge("default-src 'self' https://*.example.com https://challenges.cloudflare.com https://img.clerk.com blob:")
        .pass,
    ).toBe(true);
  });

  test('blocking Turnstile, img.clerk.com or blob: workers fails and names the missing source', () => {
    const noTurnstile = judge(REFERENCE_CSP.replaceAll(' https://challenges.cloudflare.com', ''), proxied);
    expect(noTurnstile.pass).toBe(false);
    expect(noTurnstile.fix).toContain('frame-src https://challenges.cloudflare.com');
    expect(judge(REFERENCE_CSP.replace(' https://img.clerk.com', ''), proxied).actual).toContain(
      'img-src https://img.clerk.com',
    );
    expect(judge(REFERENCE_CSP.replace("worker-src 'self' blob:", "worker-src 'self'"), proxied).actual).toContain(
      'worker-src blob:',
    );
  });

  test("strict CSP: Clerk's script and worker come through the nonce'd loader; connect/frame/img needs stay", () => {
    const verdict = judge(STRICT_CSP);
    expect(verdict).toMatchObject({ pass: true, actual: 'every Clerk source is allowed' });
    expect(verdict.fix).toContain('<ClerkProvider nonce>');
    const locked = judge(`${STRICT_CSP}; default-src 'none'`);
    expect(locked.pass).toBe(false);
    expect(locked.actual).toContain('connect-src https://clerk.example.com');
    expect(locked.actual).toContain('frame-src https://challenges.cloudflare.com');
    expect(locked.actual).toContain('img-src https://img.clerk.com');
    expect(locked.actual).not.toContain('script-src');
    expect(locked.actual).not.toContain('worker-src');
    // An explicit worker-src is not under script-src's strict-dynamic: blob: must be named there.
    expect(judge(`${STRICT_CSP}; worker-src 'self'`).actual).toContain('worker-src blob:');
  });

  test('without strict-dynamic the reference policy gets no nonce note', () => {
    expect(judge(REFERENCE_CSP, proxied).fix).toBe('');
  });

  test('no policy: not judged here (headers.csp fails it)', () => {
    expect(judgeCspClerk(withHeaders({}), hosted).skip).toBeDefined();
  });

  test('source matching: scheme upgrade, ports, paths, keywords', () => {
    const self = new URL('http://localhost:3000/');
    expect(sourceAllows("'self'", new URL('http://localhost:3000/x'), self)).toBe(true);
    expect(sourceAllows("'self'", new URL('http://localhost:4000/x'), self)).toBe(false);
    expect(sourceAllows('clerk.example.com', new URL('https://clerk.example.com/npm/x.js'), self)).toBe(true);
    expect(sourceAllows('https://clerk.example.com:8443', new URL('https://clerk.example.com/'), self)).toBe(false);
    expect(sourceAllows('https://cdn.example.com/js/', new URL('https://cdn.example.com/js/a.js'), self)).toBe(true);
    expect(sourceAllows('https://cdn.example.com/js/a.js', new URL('https://cdn.example.com/js/b.js'), self)).toBe(
      false,
    );
    const [policy] = parseCsp("default-src 'none'; script-src 'self'");
    expect(policyAllows(policy!, 'worker-src', new URL('http://localhost:3000/w.js'), self)).toBe(true);
    expect(policyAllows(policy!, 'img-src', new URL('https://img.clerk.com/a'), self)).toBe(false);
  });
});
