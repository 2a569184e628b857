/**
 * The cookie directives FAPI hands the app during a handshake, matching what clerk-js itself
 * writes on the app domain (auth/cookies/*.ts), so the two never leave duplicate cookies behind:
 * `__session` and `__clerk_db_jwt` host-only with SameSite=Lax, `__client_uat` on the eTLD+1 with
 * SameSite=Strict. Each is written plain and `_<suffix>`-ed; Secure only on https.
 */
import type { EmulatorContext } from '../context.ts';

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;

export interface CookieTarget {
  /** The app page the browser returns to. */
  url: URL;
}

function directive(name: string, value: string, attributes: (string | false)[]): string {
  return [`${name}=${value}`, ...attributes.filter((a): a is string => a !== false)].join('; ');
}

/**
 * clerk-js puts `__client_uat` on the eTLD+1 (getCookieDomain). Without a public-suffix list we
 * take the last two labels; for localhost and IP addresses Chromium treats `Domain=<host>` as a
 * host-only cookie, so no Domain is the same cookie.
 */
function clientUatDomain(hostname: string): string | null {
  if (hostname === 'localhost' || /^[\d.]+$/.test(hostname) || hostname.includes(':')) return null;
  const labels = hostname.split('.');
  return labels.length <= 2 ? hostname : labels.slice(-2).join('.');
}

export function handshakeCookies(
  ctx: EmulatorContext,
  target: CookieTarget,
  values: { devBrowser: string | null; sessionToken: string | null; clientUat: number },
): string[] {
  const { cookieSuffix } = ctx.config;
  const secure = target.url.protocol === 'https:' && 'Secure';
  const expires = `Expires=${new Date(ctx.now() + YEAR_MS).toUTCString()}`;
  const domain = clientUatDomain(target.url.hostname);
  const both = (name: string) => [name, `${name}_${cookieSuffix}`];

  const out: string[] = [];
  if (values.devBrowser) {
    for (const name of both('__clerk_db_jwt'))
      out.push(directive(name, values.devBrowser, ['Path=/', expires, 'SameSite=Lax', secure]));
  }
  for (const name of both('__session')) {
    out.push(
      values.sessionToken
        ? directive(name, values.sessionToken, ['Path=/', expires, 'SameSite=Lax', secure])
        : directive(name, '', ['Path=/', 'Max-Age=0', 'SameSite=Lax', secure]),
    );
  }
  for (const name of both('__client_uat')) {
    out.push(
      directive(name, String(values.clientUat), [
        'Path=/',
        domain !== null && `Domain=${domain}`,
        expires,
        'SameSite=Strict',
        secure,
      ]),
    );
  }
  return out;
}

/**
 * Production directives, all host-only on the app (the proxy passes cookies through unchanged):
 * both `__session` variants (clerk-js writes both), `__client_uat` unsuffixed only (what FAPI keeps
 * current; a stale suffixed copy would win in @clerk/backend, so it is cleared), and the two
 * handshake cookies cleared.
 */
export function productionHandshakeCookies(
  ctx: EmulatorContext,
  values: { sessionToken: string | null; clientUat: number },
): string[] {
  const { cookieSuffix } = ctx.config;
  const expires = `Expires=${new Date(ctx.now() + YEAR_MS).toUTCString()}`;
  const clear = (name: string, httpOnly = false) =>
    directive(name, '', ['Path=/', 'Max-Age=0', httpOnly && 'HttpOnly', 'Secure', 'SameSite=Lax']);
  return [
    ...['__session', `__session_${cookieSuffix}`].map((name) =>
      values.sessionToken
        ? directive(name, values.sessionToken, ['Path=/', expires, 'Secure', 'SameSite=Lax'])
        : clear(name),
    ),
    directive('__client_uat', String(values.clientUat), ['Path=/', expires, 'Secure', 'SameSite=Lax']),
    clear(`__client_uat_${cookieSuffix}`),
    clear('__clerk_handshake', true),
    clear('__clerk_handshake_nonce', true),
  ];
}
