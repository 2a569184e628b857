// Referrer-Policy, Permissions-Policy, fingerprint and https-redirect judges on canned responses, with the
// cases of MDN HTTP Observatory's referrer-policy and redirection tests.
import { expect, test } from '@playwright/test';
import {
  judgeHttpsRedirect,
  judgeNoFingerprint,
  judgePermissionsPolicy,
  judgeReferrerPolicy,
} from '../../src/checks/index.ts';
import { SECURITY_HEADERS } from '../../targets/shared/security-headers.ts';
import { evidence, withHeaders } from './helpers.ts';

const reference = (key: string) => SECURITY_HEADERS.find((header) => header.key === key)!.value;

test.describe('headers.referrer-policy', () => {
  const judge = (value?: string) =>
    judgeReferrerPolicy(withHeaders(value === undefined ? {} : { 'Referrer-Policy': value }));

  test('MDN: private values pass, case-insensitive', () => {
    for (const value of ['no-referrer', 'same-origin', 'strict-origin', 'STRICT-ORIGIN-WHEN-CROSS-ORIGIN'])
      expect(judge(value).pass, value).toBe(true);
  });

  test('MDN: unsafe values fail', () => {
    for (const value of ['origin', 'origin-when-cross-origin', 'no-referrer-when-downgrade', 'unsafe-url'])
      expect(judge(value).pass, value).toBe(false);
  });

  test('MDN: an invalid value fails; in a list the last recognised value wins', () => {
    expect(judge('whimsy').pass).toBe(false);
    expect(judge('no-referrer, unsafe-url').pass).toBe(false);
    expect(judge('unsafe-url, no-referrer').pass).toBe(true);
    expect(judge('no-referrer, whimsy').pass).toBe(true);
  });

  test('MDN: not implemented is not penalised (browser default is private), with a recommendation', () => {
    expect(judge()).toMatchObject({ pass: true });
    expect(judge().fix).toContain('Recommended');
  });
});

test.describe('headers.permissions-policy', () => {
  test('the reference value passes; missing or malformed fails; Feature-Policy alone does not count', () => {
    expect(judgePermissionsPolicy(withHeaders({ 'Permissions-Policy': reference('Permissions-Policy') })).pass).toBe(
      true,
    );
    expect(
      judgePermissionsPolicy(
        withHeaders({ 'Permissions-Policy': 'geolocation=(self "https://maps.example.com"), camera=*' }),
      ).pass,
    ).toBe(true);
    expect(judgePermissionsPolicy(withHeaders({})).pass).toBe(false);
    expect(judgePermissionsPolicy(withHeaders({ 'Permissions-Policy': "camera 'none'" })).pass).toBe(false);
    const old = judgePermissionsPolicy(withHeaders({ 'Feature-Policy': "camera 'none'" }));
    expect(old.pass).toBe(false);
    expect(old.fix).toContain('Feature-Policy is its old name');
  });
});

test.describe('headers.no-fingerprint', () => {
  test('X-Powered-By and a versioned Server fail; a bare product name passes', () => {
    expect(judgeNoFingerprint(withHeaders({ 'X-Powered-By': 'Next.js' })).pass).toBe(false);
    expect(judgeNoFingerprint(withHeaders({ Server: 'nginx/1.25.3' })).pass).toBe(false);
    expect(judgeNoFingerprint(withHeaders({ Server: 'Apache/2.4.41 (Ubuntu)' })).pass).toBe(false);
    for (const server of ['Vercel', 'cloudflare', 'nginx'])
      expect(judgeNoFingerprint(withHeaders({ Server: server })).pass, server).toBe(true);
  });
});

test.describe('headers.https-redirect', () => {
  const httpsTarget = { baseURL: 'https://app.example.com', environment: 'production' } as const;
  const from = (status: number, location?: string, target: Parameters<typeof judgeHttpsRedirect>[1] = httpsTarget) =>
    judgeHttpsRedirect(
      evidence({ url: 'http://app.example.com/', status, headers: location ? { location } : {} }),
      target,
    );

  test('MDN: a redirect to https on the same host passes (301/308 without a recommendation)', () => {
    expect(from(301, 'https://app.example.com/')).toMatchObject({ id: 'headers.https-redirect', pass: true, fix: '' });
    expect(from(308, 'https://app.example.com:8443/')).toMatchObject({ pass: true });
    expect(from(302, 'https://app.example.com/').fix).toContain('permanent');
  });

  test('MDN: no redirect, a redirect to http, or a first hop to another host fails', () => {
    expect(from(200).pass).toBe(false);
    expect(from(301, 'http://app.example.com/login').pass).toBe(false);
    const offHost = from(301, 'https://www.example.com/');
    expect(offHost.pass).toBe(false);
    expect(offHost.fix).toContain('another host');
  });

  test('an https URL is not judged', () => {
    expect(judgeHttpsRedirect(evidence({ url: 'https://app.example.com/' }), httpsTarget).skip).toBeDefined();
  });

  test('an https target whose http URL is served fails in every environment', () => {
    expect(from(200, undefined, { ...httpsTarget, environment: 'staging' }).pass).toBe(false);
  });

  test('MDN: a production target served only over plain http fails, with the fix to serve https', () => {
    const httpOnly = { baseURL: 'http://app.example.com', environment: 'production' } as const;
    const served = from(200, undefined, httpOnly);
    expect(served).toMatchObject({ pass: false, url: 'http://app.example.com/' });
    expect(served.skip).toBeUndefined();
    expect(served.fix).toContain('served over plain http');
    expect(served.fix).toContain('set TARGET_URL to the https URL');
    expect(from(307, 'https://clerk.example.com/v1/client/handshake', httpOnly).pass).toBe(false);
    // Configured at http:// but redirecting to https on the same host: the redirect itself is right.
    expect(from(301, 'https://app.example.com/', httpOnly).pass).toBe(true);
  });

  test('staging/development over http, and a production build on localhost, skip with their reason', () => {
    const staging = from(200, undefined, { baseURL: 'http://staging.example.com', environment: 'staging' });
    expect(staging.skip).toContain('staging deploy');
    const local = judgeHttpsRedirect(evidence({ url: 'http://localhost:3000/', status: 200 }), {
      baseURL: 'http://localhost:3000',
      environment: 'production',
    });
    expect(local.skip).toContain('this machine (localhost:3000)');
  });
});
