// Sign-in must never send the browser off the target's origins, whatever redirect_url says: an open redirect
// on a login page is a phishing kit (a real link to the real sign-in that lands on the attacker's page).
import type { Verdict } from './verdict.ts';
import { cap } from './verdict.ts';

export interface RedirectEvidence {
  /** The sign-in URL that was opened, with the hostile redirect_url. */
  url: string;
  /** The hostile value put in redirect_url. */
  attempted: string;
  /** Every top-level URL the browser navigated to or tried to, in order. */
  navigations: string[];
}

function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : null;
  } catch {
    return null;
  }
}

export function judgeNoOpenRedirect(evidence: RedirectEvidence, allowedOrigins: readonly string[]): Verdict {
  const offSite = evidence.navigations.filter((url) => {
    const origin = originOf(url);
    return origin !== null && !allowedOrigins.includes(origin);
  });
  const base = {
    id: 'auth.sign-in.no-open-redirect',
    title: `sign-in with redirect_url=${evidence.attempted} stays on the target's origins`,
    url: evidence.url,
    expected: `every navigation stays on ${allowedOrigins.join(', ')}`,
    actual: evidence.navigations.length === 0 ? 'no navigation' : `navigated to ${cap(evidence.navigations.join(' -> '), 400)}`,
  } as const;
  if (offSite.length === 0) return { ...base, pass: true, fix: '' };
  return {
    ...base,
    pass: false,
    fix: `SECURITY: the sign-in page followed a hostile redirect_url to ${cap(offSite[0]!)}. Never redirect to a URL taken from the query string unchecked: let Clerk's <SignIn/> handle redirect_url (it only follows allowedRedirectOrigins, default: same origin), or accept only a path starting with a single "/" (not "//" or "/\\"). If ${originOf(offSite[0]!) ?? 'that origin'} is really yours, add it to allowedRedirectOrigins and to CGL_AUTHORIZED_ORIGINS.`,
  };
}
