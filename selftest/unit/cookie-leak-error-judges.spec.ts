// Cookie, leak and error-page judges on canned inputs. Cookie cases follow MDN HTTP Observatory's cookies
// test (Secure on https, SameSite=None needs Secure, session cookies HttpOnly) with Clerk's exception:
// __session is readable by JavaScript by design and never flagged for it.
import { expect, test } from '@playwright/test';
import {
  debugOutputIn,
  judgeCookies,
  judgeNoSecrets,
  judgeNotFound,
  judgeNoStackTrace,
  judgeSensitiveFile,
  judgeStaticAsset,
  parseSetCookie,
  sourceMapURLs,
} from '../../src/checks/index.ts';
import { faultResponse, UNKNOWN_API_PREFIX } from '../../targets/shared/security-headers.ts';
import { evidence, secretKey, webhookSecret } from './helpers.ts';

const https = { url: 'https://app.example.com', title: 'cookies' };
const http = { url: 'http://localhost:3000', title: 'cookies' };
const cookie = (header: string) => parseSetCookie(header, 'test');

test.describe('headers.cookies', () => {
  test("Clerk's cookies with Clerk's attributes pass on https, __session without HttpOnly included", () => {
    const clerk = [
      '__session=x; Path=/; Secure; SameSite=Lax',
      '__client_uat=1; Path=/; Secure; SameSite=Lax',
      '__session_AbCd=x; Secure; SameSite=Lax',
    ];
    expect(judgeCookies(clerk.map(cookie), https)).toMatchObject({ id: 'headers.cookies', pass: true });
  });

  test('MDN: a cookie without Secure fails on https, not on http', () => {
    expect(judgeCookies([cookie('__client_uat=1; Path=/; SameSite=Lax')], https).pass).toBe(false);
    expect(judgeCookies([cookie('__client_uat=1; Path=/; SameSite=Lax')], http).pass).toBe(true);
  });

  test('MDN: SameSite=None without Secure fails anywhere', () => {
    expect(judgeCookies([cookie('prefs=1; SameSite=None')], http).pass).toBe(false);
    expect(judgeCookies([cookie('prefs=1; SameSite=None; Secure')], https).pass).toBe(true);
  });

  test("MDN: the app's own session cookie needs HttpOnly; Clerk's __session never does", () => {
    for (const name of ['app_session', 'sid', 'auth_token', 'connect.sid']) {
      expect(judgeCookies([cookie(`${name}=x; Secure; SameSite=Lax`)], https).pass, name).toBe(false);
    }
    expect(judgeCookies([cookie('app_session=x; Secure; HttpOnly; SameSite=Lax')], https).pass).toBe(true);
    expect(judgeCookies([cookie('__session=x; Secure; SameSite=Lax')], https).pass).toBe(true);
  });

  test('double-submit CSRF cookies must be readable by JavaScript: never flagged for lacking HttpOnly', () => {
    for (const name of ['csrftoken', 'XSRF-TOKEN', '_csrf', 'csrf_token', '__Host-csrf-token', '_xsrf'])
      expect(judgeCookies([cookie(`${name}=x; Path=/; Secure; SameSite=Lax`)], https).pass, name).toBe(true);
    // Their other attributes are still judged.
    expect(judgeCookies([cookie('XSRF-TOKEN=x; Path=/; SameSite=Lax')], https).fix).toContain(
      'XSRF-TOKEN has no Secure',
    );
  });

  test('the parser keeps attributes, not values', () => {
    expect(cookie('a=secret=value; HttpOnly; secure; samesite=strict')).toEqual({
      name: 'a',
      secure: true,
      httpOnly: true,
      sameSite: 'strict',
      source: 'test',
    });
  });
});

test.describe('headers.static-assets', () => {
  const asset = (headers: Record<string, string>, status = 200) =>
    judgeStaticAsset(evidence({ url: 'https://app.example.com/_next/static/chunks/a.js', status, headers }));

  test("Next's immutable bundles pass; short, private or middleware-touched ones fail", () => {
    expect(asset({ 'cache-control': 'public, max-age=31536000, immutable' }).pass).toBe(true);
    expect(asset({ 'cache-control': 'public, max-age=3600' }).pass).toBe(false);
    expect(asset({ 'cache-control': 'private, max-age=31536000' }).pass).toBe(false);
    expect(asset({}).pass).toBe(false);
    const touched = asset({
      'cache-control': 'public, max-age=31536000, immutable',
      'x-clerk-auth-status': 'signed-out',
    });
    expect(touched.pass).toBe(false);
    expect(touched.fix).toContain('matcher');
  });
});

test.describe('leaks', () => {
  test('secret keys, webhook secrets and the configured secret are found and never printed', () => {
    const sk = secretKey('live');
    const verdict = judgeNoSecrets(
      [{ url: 'https://app.example.com/_next/static/a.js', body: `const k="${sk}"` }],
      [],
      'GET /',
    );
    expect(verdict).toMatchObject({ id: 'leaks.secrets', pass: false });
    expect(verdict.actual).toContain('sk_live_');
    expect(JSON.stringify(verdict)).not.toContain(sk);
    expect(judgeNoSecrets([{ url: 'u', body: `x ${webhookSecret()} y` }], [], 'GET /').pass).toBe(false);
    expect(
      judgeNoSecrets([{ url: 'u', body: 'custom-secret-value-1234' }], ['custom-secret-value-1234'], 'GET /').pass,
    ).toBe(false);
    expect(judgeNoSecrets([{ url: 'u', body: 'pk_live_Y2xlcmsuZXhhbXBsZS5jb20k sk_ (docs)' }], [], 'GET /').pass).toBe(
      true,
    );
  });

  test('source maps are listed', () => {
    expect(sourceMapURLs([{ url: 'https://app.example.com/a.js', body: 'x\n//# sourceMappingURL=a.js.map' }])).toEqual([
      'https://app.example.com/a.js.map',
    ]);
    expect(
      sourceMapURLs([
        { url: 'https://app.example.com/a.js', body: 'x\n//# sourceMappingURL=data:application/json;base64,e30=' },
      ]),
    ).toEqual([]);
  });

  test("the verdict names the served path, not the probe's cache-buster; the URL keeps what was probed", () => {
    const url = 'https://app.example.com/.env?cgl=6dae2df4';
    const leaked = judgeSensitiveFile(evidence({ url, bodyExcerpt: 'DATABASE_URL=postgres://app@db/app\n' }));
    expect(leaked).toMatchObject({ pass: false, url, title: 'GET /.env -> not served' });
    expect(leaked.fix).toMatch(/^Stop serving \/\.env:/);
    expect(`${leaked.title} ${leaked.fix} ${leaked.actual}`).not.toContain('cgl=');
  });

  test('.env and .git served fail without printing the body; 404s and an SPA fallback page pass', () => {
    const leaked = judgeSensitiveFile(
      evidence({ url: 'https://app.example.com/.env', bodyExcerpt: 'CLERK_SECRET_KEY=sk_live_abc\n' }),
    );
    expect(leaked.pass).toBe(false);
    expect(leaked.actual).not.toContain('sk_live_abc');
    expect(
      judgeSensitiveFile(
        evidence({ url: 'https://app.example.com/.git/config', bodyExcerpt: '[core]\n\trepositoryformatversion = 0' }),
      ).pass,
    ).toBe(false);
    expect(
      judgeSensitiveFile(evidence({ url: 'https://app.example.com/.env', status: 404, bodyExcerpt: 'Not found' })).pass,
    ).toBe(true);
    expect(
      judgeSensitiveFile(
        evidence({ url: 'https://app.example.com/.env', bodyExcerpt: '<!DOCTYPE html><html>app</html>' }),
      ).pass,
    ).toBe(true);
  });
});

test.describe('errors', () => {
  test('stack traces and debug pages are found; plain messages are not', () => {
    expect(debugOutputIn('TypeError: x is undefined\n    at handler (/app/src/api.ts:42:17)')).toBe('a stack trace');
    expect(debugOutputIn('    at async Promise.all (index 0)\n    at file:///app/server.js:10:5')).toBe(
      'a stack trace',
    );
    expect(debugOutputIn('Traceback (most recent call last):')).toBe('a framework debug page');
    expect(debugOutputIn('<h1>404</h1><p>This page could not be found. Meet us at 10:30:45.</p>')).toBeNull();
    expect(judgeNoStackTrace(evidence({ status: 500, bodyExcerpt: 'Internal Server Error' })).pass).toBe(true);
  });

  test("the reference apps' stack-trace fault is caught", () => {
    process.env.CGL_FAULTS = 'stack-trace-in-error';
    try {
      const faulty = faultResponse(`${UNKNOWN_API_PREFIX}x`);
      expect(faulty?.status).toBe(500);
      expect(judgeNoStackTrace(evidence({ status: 500, bodyExcerpt: faulty!.body })).pass).toBe(false);
    } finally {
      delete process.env.CGL_FAULTS;
    }
  });

  test('unknown route: 404 HTML passes; a soft 404 (200) or a 500 fails', () => {
    expect(judgeNotFound(evidence({ status: 404, bodyExcerpt: '<!DOCTYPE html><html>…' })).pass).toBe(true);
    expect(judgeNotFound(evidence({ status: 200, bodyExcerpt: '<!DOCTYPE html><html>…' })).fix).toContain('soft 404');
    expect(judgeNotFound(evidence({ status: 500, bodyExcerpt: 'oops' })).pass).toBe(false);
  });
});
