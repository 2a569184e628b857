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
    actual:
      evidence.navigations.length === 0
        ? 'no navigation'
        : `navigated to ${cap(evidence.navigations.join(' -> '), 400)}`,
  } as const;
  if (offSite.length === 0) return { ...base, pass: true, fix: '' };
  return {
    ...base,
    pass: false,
    fix: `SECURITY: the sign-in page followed a hostile redirect_url to ${cap(offSite[0]!)}. Never redirect to a URL taken from the query string unchecked: let Clerk's <SignIn/> handle redirect_url (it only follows allowedRedirectOrigins, default: same origin), or accept only a path starting with a single "/" (not "//" or "/\\"). If ${originOf(offSite[0]!) ?? 'that origin'} is really yours, add it to allowedRedirectOrigins and to CGL_AUTHORIZED_ORIGINS.`,
  };
}

/**
 * Where clerk-js will send a visitor who signs in on the page now open (window.Clerk.buildAfterSignInUrl() with
 * the page's query: the redirect_url <SignIn/> would follow, after Clerk's allowedRedirectOrigins filter).
 * Read without signing in, so the fresh sign-in's destination is judged without a second sign-in.
 */
export function judgeAfterSignInDestination(
  evidence: {
    url: string;
    attempted: string;
    destination: string | null;
    /** clerk-js's error when it refused to load with this URL. */ refused?: string;
  },
  allowedOrigins: readonly string[],
): Verdict {
  const origin = evidence.destination === null ? null : originOf(evidence.destination);
  const base = {
    id: 'auth.sign-in.no-open-redirect',
    title: `signing in with redirect_url=${evidence.attempted} leads back to the target`,
    url: evidence.url,
    expected: `clerk-js's after-sign-in URL on ${allowedOrigins.join(', ')}`,
    actual: evidence.refused
      ? `clerk-js refused to load with this redirect_url (${cap(evidence.refused, 200)}): nobody can sign in from this link`
      : evidence.destination === null
        ? 'clerk-js did not load: no after-sign-in URL'
        : `after sign-in clerk-js goes to ${cap(evidence.destination, 400)}`,
  } as const;
  if (evidence.refused) return { ...base, pass: true, fix: '' };
  if (evidence.destination === null)
    return {
      ...base,
      pass: false,
      fix: '',
      skip: 'clerk-js did not load on the sign-in page (auth.sign-in says why).',
    };
  if (origin === null || allowedOrigins.includes(origin)) return { ...base, pass: true, fix: '' };
  return {
    ...base,
    pass: false,
    fix: `SECURITY: a visitor who signs in from a link carrying redirect_url=${cap(evidence.attempted)} is sent to ${origin} afterwards. Clerk only follows redirect_url to allowedRedirectOrigins (default: the app's origin and its own domain): remove the wildcard from allowedRedirectOrigins (ClerkProvider / Clerk.load) and list only your own origins. If ${origin} is really yours, add it to CGL_AUTHORIZED_ORIGINS.`,
  };
}
