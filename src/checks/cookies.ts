// Cookie attributes, after MDN HTTP Observatory's cookies test, with Clerk's design taken into account.
// Fails: any cookie without Secure on an https target; SameSite=None without Secure (browsers drop it);
// an app session-like cookie (name mentions session, sid, token, auth, login, jwt) without HttpOnly.
// Clerk's own cookies (__session, __client_uat, __clerk_db_jwt, __refresh, …) are held to Clerk's
// attributes: Secure on https and a SameSite that is not None-without-Secure. They are never flagged for
// lacking HttpOnly: clerk-js reads and refreshes __session in the browser by design. Nor are double-submit
// CSRF cookies (csrftoken, XSRF-TOKEN, _csrf, __Host-csrf…): the page's JavaScript must read them to echo the
// token in a header, so HttpOnly would break them, and they are not sessions.
import type { Verdict } from './verdict.ts';

export interface CookieEvidence {
  name: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite?: string;
  /** Where it was seen: "Set-Cookie on GET /", "browser after sign-in". */
  source: string;
}

const CLERK_COOKIE =
  /^(__session|__client_uat|__clerk_db_jwt|__refresh|__client|__clerk_handshake(_nonce)?|__clerk_redirect_state|__clerk_synced|__clerk_keys|clerk_active_context|__clerk_testing_token)(_[A-Za-z0-9-]+)?$/;
const SESSION_LIKE = /sess|(^|[_.-])sid($|[_.-])|token|auth|login|jwt/i;
const CSRF_TOKEN = /csrf|xsrf/i;

export const isClerkCookie = (name: string) => CLERK_COOKIE.test(name);

/** One Set-Cookie header value to its name and security attributes (the value is never kept). */
export function parseSetCookie(header: string, source: string): CookieEvidence {
  const [pair = '', ...attributes] = header.split(';');
  const name = pair.split('=')[0]?.trim() ?? '';
  const cookie: CookieEvidence = { name, secure: false, httpOnly: false, source };
  for (const attribute of attributes) {
    const [key = '', value = ''] = attribute.split('=').map((part) => part.trim());
    const lower = key.toLowerCase();
    if (lower === 'secure') cookie.secure = true;
    else if (lower === 'httponly') cookie.httpOnly = true;
    else if (lower === 'samesite') cookie.sameSite = value;
  }
  return cookie;
}

function problemsOf(cookie: CookieEvidence, https: boolean): string[] {
  const problems: string[] = [];
  const clerk = isClerkCookie(cookie.name);
  if (https && !cookie.secure)
    problems.push(`${cookie.name} has no Secure flag on an https site, so it can leak over plain http`);
  if (cookie.sameSite?.toLowerCase() === 'none' && !cookie.secure)
    problems.push(`${cookie.name} is SameSite=None without Secure, which browsers reject`);
  if (!clerk && SESSION_LIKE.test(cookie.name) && !CSRF_TOKEN.test(cookie.name) && !cookie.httpOnly) {
    problems.push(
      `${cookie.name} looks like a session cookie but is readable by JavaScript (no HttpOnly), so an XSS can steal it`,
    );
  }
  return problems.map((problem) => `${problem} (${cookie.source})`);
}

const describe = (cookie: CookieEvidence) =>
  `${cookie.name}${cookie.secure ? '; Secure' : ''}${cookie.httpOnly ? '; HttpOnly' : ''}${cookie.sameSite ? `; SameSite=${cookie.sameSite}` : ''}`;

export function judgeCookies(cookies: CookieEvidence[], target: { url: string; title: string }): Verdict {
  const https = target.url.startsWith('https:');
  const problems = cookies.flatMap((cookie) => problemsOf(cookie, https));
  const base = {
    id: 'headers.cookies',
    title: target.title,
    url: target.url,
    expected:
      `cookies ${https ? 'with Secure, ' : ''}no SameSite=None without Secure, app session cookies HttpOnly ` +
      "(Clerk's __session and CSRF tokens are JS-readable by design)",
    actual: cookies.length === 0 ? 'no cookies' : cookies.map(describe).join(', ').slice(0, 400),
  } as const;
  if (problems.length === 0) {
    const fix =
      !https && cookies.some((cookie) => !cookie.secure)
        ? 'Over plain http Secure cannot be judged: run against the https URL to check it.'
        : '';
    return { ...base, pass: true, fix };
  }
  return {
    ...base,
    pass: false,
    fix: `${problems.join('; ')}. Set Secure on every cookie of an https site, HttpOnly on the app's own session cookies, and SameSite=Lax unless a cross-site flow needs None (then with Secure). If a Clerk cookie is affected, look for a proxy or middleware rewriting Set-Cookie.`,
  };
}
