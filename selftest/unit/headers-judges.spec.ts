// Header judges on canned responses, including the cases of MDN HTTP Observatory's published tests
// (test/x-frame-options.test.js, x-content-type-options.test.js, strict-transport-security.test.js) and
// where we deliberately differ from it, because browsers do.
import { expect, test } from '@playwright/test';
import { judgeFrameProtection, judgeHsts, judgeNosniff, PRINT_CAP } from '../../src/checks/index.ts';
import { withHeaders } from './helpers.ts';

test.describe('frame protection', () => {
  const judge = (headers: Record<string, string>) => judgeFrameProtection(withHeaders(headers));

  test('MDN: missing -> fail', () => {
    const verdict = judge({});
    expect(verdict).toMatchObject({
      id: 'headers.frame-protection',
      pass: false,
      title: 'GET / -> frame protection',
      url: 'https://app.example.com/',
    });
    expect(verdict.actual).toBe('no X-Frame-Options header; no CSP frame-ancestors');
    expect(verdict.fix).toContain("frame-ancestors 'none'");
    expect(verdict.fix).toContain('X-Frame-Options: DENY');
  });

  test('MDN: invalid values fail, including a header sent twice', () => {
    expect(judge({ 'X-Frame-Options': 'whimsy' }).pass).toBe(false);
    const twice = judge({ 'X-Frame-Options': 'SAMEORIGIN, SAMEORIGIN' });
    expect(twice.pass).toBe(false);
    expect(twice.fix).toContain('sent more than once');
  });

  test('MDN: DENY and SAMEORIGIN pass, case and surrounding spaces ignored', () => {
    for (const value of ['DENY', 'DENY ', 'deny', 'SAMEORIGIN', ' sameorigin'])
      expect(judge({ 'X-Frame-Options': value }).pass, value).toBe(true);
  });

  test('MDN: CSP frame-ancestors implements it (XFO not needed)', () => {
    expect(
      judge({ 'X-Frame-Options': 'DENY', 'Content-Security-Policy': 'frame-ancestors https://mozilla.org' }).pass,
    ).toBe(true);
    expect(judge({ 'Content-Security-Policy': "default-src 'self'; frame-ancestors 'none'" }).pass).toBe(true);
    expect(judge({ 'Content-Security-Policy': "FRAME-ANCESTORS 'SELF'" }).pass).toBe(true);
    expect(judge({ 'Content-Security-Policy': 'frame-ancestors' }).pass).toBe(true);
  });

  test('differs from MDN: ALLOW-FROM fails (no current browser honours it)', () => {
    const verdict = judge({ 'X-Frame-Options': 'ALLOW-FROM https://mozilla.org' });
    expect(verdict.pass).toBe(false);
    expect(verdict.fix).toContain('frame-ancestors https://partner.example');
  });

  test(
    'frame-ancestors with a wildcard or bare scheme fails, even beside X-Frame-Options: DENY ' +
      '(browsers then ignore XFO)',
    () => {
      for (const sources of ['*', 'https:', 'http:', 'https://*', "'self' *"]) {
        const verdict = judge({ 'X-Frame-Options': 'DENY', 'Content-Security-Policy': `frame-ancestors ${sources}` });
        expect(verdict.pass, sources).toBe(false);
        expect(verdict.fix).toContain('browsers ignore X-Frame-Options');
      }
    },
  );

  test('with several enforced policies, one restrictive frame-ancestors is enough', () => {
    expect(judge({ 'Content-Security-Policy': "frame-ancestors *, frame-ancestors 'self'" }).pass).toBe(true);
    expect(judge({ 'Content-Security-Policy': "script-src 'self', frame-ancestors 'none'" }).pass).toBe(true);
  });

  test('frame-ancestors only in Content-Security-Policy-Report-Only protects nothing', () => {
    const verdict = judge({ 'Content-Security-Policy-Report-Only': "frame-ancestors 'none'" });
    expect(verdict.pass).toBe(false);
    expect(verdict.fix).toContain('move it to Content-Security-Policy');
  });

  test('a CSP without frame-ancestors falls back to X-Frame-Options', () => {
    expect(judge({ 'Content-Security-Policy': "default-src 'self'" }).pass).toBe(false);
    expect(judge({ 'Content-Security-Policy': "default-src 'self'", 'X-Frame-Options': 'SAMEORIGIN' }).pass).toBe(true);
  });

  test('header values are capped in `actual`', () => {
    const verdict = judge({ 'X-Frame-Options': 'x'.repeat(5000) });
    expect(verdict.actual.length).toBeLessThan(PRINT_CAP + 60);
    expect(verdict.actual).toContain('(5000 chars)');
  });
});

test.describe('X-Content-Type-Options', () => {
  const judge = (headers: Record<string, string>) => judgeNosniff(withHeaders(headers));

  test('MDN: missing -> fail with a concrete fix', () => {
    const verdict = judge({});
    expect(verdict).toMatchObject({
      id: 'headers.nosniff',
      pass: false,
      expected: 'X-Content-Type-Options: nosniff',
      actual: 'no X-Content-Type-Options header',
    });
    expect(verdict.fix).toContain(
      'Send `X-Content-Type-Options: nosniff` on every response, e.g. in next.config.js headers()',
    );
  });

  test('MDN: invalid values fail, including "nosniff, nosniff"', () => {
    expect(judge({ 'x-content-type-options': 'whimsy' }).pass).toBe(false);
    const twice = judge({ 'x-content-type-options': 'nosniff, nosniff' });
    expect(twice.pass).toBe(false);
    expect(twice.fix).toContain('sent more than once');
  });

  test('MDN: nosniff passes, case and surrounding spaces ignored', () => {
    for (const value of ['nosniff', 'nosniff ', 'NoSniff'])
      expect(judge({ 'x-content-type-options': value }).pass, value).toBe(true);
  });
});

test.describe('HSTS', () => {
  const policy = { hstsMinMaxAge: 15_552_000, requireHsts: true };
  const production: Parameters<typeof judgeHsts>[2] = { environment: 'production' };
  const judge = (headers: Record<string, string>, url = 'https://app.example.com/', p = policy, target = production) =>
    judgeHsts(withHeaders(headers, url), p, target);

  test('MDN: missing on https -> fail', () => {
    const verdict = judge({});
    expect(verdict).toMatchObject({ id: 'headers.hsts', pass: false, actual: 'no Strict-Transport-Security header' });
    expect(verdict.skip).toBeUndefined();
    expect(verdict.fix).toContain('max-age=63072000; includeSubDomains');
  });

  test('MDN: header invalid -> fail (no max-age; sent twice)', () => {
    expect(judge({ 'strict-transport-security': 'includeSubDomains; preload' }).fix).toContain('max-age is missing');
    expect(
      judge({ 'strict-transport-security': 'max-age=15768000; includeSubDomains, max-age=15768000; includeSubDomains' })
        .fix,
    ).toContain('sent more than once');
  });

  test('MDN: max-age too low -> fail', () => {
    const verdict = judge({ 'strict-transport-security': 'max-age=86400' });
    expect(verdict.pass).toBe(false);
    expect(verdict.fix).toContain('max-age=86400 is below 15552000');
  });

  test('MDN: implemented -> pass (15768000 and the 15552000 "white lie" both count as six months)', () => {
    expect(judge({ 'strict-transport-security': 'max-age=15768000; includeSubDomains; preload' })).toMatchObject({
      pass: true,
      fix: '',
    });
    expect(judge({ 'strict-transport-security': 'max-age=15552000; includeSubDomains' }).pass).toBe(true);
  });

  test('MDN: no https -> not judged: a skip reason, since browsers ignore HSTS over http', () => {
    const verdict = judge({ 'strict-transport-security': 'max-age=15768000' }, 'http://localhost:3000/');
    expect(verdict.skip).toContain('plain http');
    expect(verdict.skip).toContain('this machine');
    expect(verdict.pass).toBe(false);
    const staging = judge({}, 'http://staging.example.com/', policy, { environment: 'staging' });
    expect(staging.skip).toContain('staging deploy');
  });

  test('MDN: a production target over plain http fails (even when HSTS is not required), not skips', () => {
    for (const p of [policy, { ...policy, requireHsts: false }]) {
      const verdict = judge({}, 'http://app.example.com/', p);
      expect(verdict).toMatchObject({ id: 'headers.hsts', pass: false });
      expect(verdict.skip).toBeUndefined();
      expect(verdict.actual).toContain('served over plain http');
      expect(verdict.fix).toContain('must be served over https');
    }
  });

  test('includeSubDomains is recommended, not required', () => {
    const verdict = judge({ 'strict-transport-security': 'max-age=31536000' });
    expect(verdict.pass).toBe(true);
    expect(verdict.fix).toContain('Recommended: add includeSubDomains');
  });

  test('RFC 6797 details: quoted max-age accepted; duplicate directive, max-age=0 and a non-number rejected', () => {
    expect(judge({ 'strict-transport-security': 'max-age="31536000"' }).pass).toBe(true);
    expect(judge({ 'strict-transport-security': 'max-age=31536000; max-age=0' }).fix).toContain('appears twice');
    expect(judge({ 'strict-transport-security': 'max-age=0' }).fix).toContain('forget HSTS');
    expect(judge({ 'strict-transport-security': 'max-age=soon' }).fix).toContain('not a whole number');
  });

  test('the minimum comes from the policy; a missing header is skipped when HSTS is not required', () => {
    expect(
      judge({ 'strict-transport-security': 'max-age=31536000' }, undefined, {
        hstsMinMaxAge: 63_072_000,
        requireHsts: true,
      }).pass,
    ).toBe(false);
    expect(judge({}, undefined, { ...policy, requireHsts: false }).skip).toContain('not required');
  });
});
