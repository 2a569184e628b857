// Per-user responses must never be stored by a shared cache (CDN, proxy): one user's page would be served to
// the next visitor. Judged on the headers (a shared-cache permission) and on behaviour (a URL fetched signed
// in, then signed out, must not show the signed-in content).
import { fixFor } from './framework.ts';
import { describeResponse, pathOf, type ResponseEvidence } from './evidence.ts';
import { quoteHeader, type Verdict } from './verdict.ts';

const ID = 'api.protected.no-shared-cache';

function directives(value: string | undefined): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of (value ?? '').split(',')) {
    const [name = '', arg = ''] = part.trim().split('=', 2);
    if (name) map.set(name.toLowerCase(), arg.replace(/^"|"$/g, ''));
  }
  return map;
}

/** The directive that lets a shared cache store the response, or null. */
export function sharedCachePermission(cacheControl: string | undefined): string | null {
  const d = directives(cacheControl);
  if (d.has('no-store') || d.has('private')) return null;
  if (d.has('public')) return 'public';
  if (d.has('s-maxage')) return 's-maxage';
  return null;
}

export function judgeNoSharedCache(evidence: ResponseEvidence): Verdict {
  const value = evidence.headers['cache-control'];
  const permission = sharedCachePermission(value);
  const base = {
    id: ID,
    title: `${evidence.method ?? 'GET'} ${pathOf(evidence.url)} signed in -> no shared-cache permission`,
    url: evidence.url,
    expected: 'Cache-Control without public / s-maxage (private or no-store)',
    actual: `${evidence.status}; ${quoteHeader('Cache-Control', value)}`,
  } as const;
  if (!permission)
    return {
      ...base,
      pass: true,
      fix: value ? '' : 'Consider Cache-Control: private, no-store on per-user responses.',
    };
  return {
    ...base,
    pass: false,
    fix: `"${permission}" lets a CDN or proxy store this signed-in response and serve it to other visitors. Send Cache-Control: private, no-store on pages and API routes that depend on the session (remove public / s-maxage for them, ${fixFor(
      {
        nextjs: "in next.config.js headers() for those paths, and in the CDN's cache rules",
        express:
          "res.set('Cache-Control', 'private, no-store') in a middleware on those routes, and in the CDN's cache rules",
        generic: "in the server's response headers and the proxy's or CDN's cache rules",
        any: "e.g. in next.config.ts headers() or the CDN's cache rules",
      },
    )}).`,
  };
}

/** True when `answer` (a request without the session) is the signed-in one: a 2xx with its status and body. */
export function isSignedInAnswer(answer: ResponseEvidence, signedIn: ResponseEvidence): boolean {
  return (
    answer.status >= 200 &&
    answer.status < 300 &&
    answer.status === signedIn.status &&
    answer.bodyExcerpt === signedIn.bodyExcerpt
  );
}

/**
 * Signed-out evidence for a URL fetched signed in first: it must not carry the signed-in user's data. `markers`
 * are what the signed-in answer showed of the user (their id, email). An answer that names nobody (a list of the
 * user's items) has no marker: then the signed-out answer must not be the signed-in one (a 2xx with the same body).
 */
export function judgeNoSignedInContentAfterSignOut(
  signedOut: ResponseEvidence,
  markers: readonly string[],
  signedIn?: ResponseEvidence,
): Verdict {
  const leaked = markers.filter((marker) => marker && signedOut.bodyExcerpt.includes(marker));
  const byMarker = markers.some(Boolean);
  const replayed = !byMarker && signedIn !== undefined && isSignedInAnswer(signedOut, signedIn);
  const base = {
    id: ID,
    title: `${signedOut.method ?? 'GET'} ${pathOf(signedOut.url)} fetched signed in, then signed out -> no signed-in content`,
    url: signedOut.url,
    expected: byMarker
      ? "the signed-out response does not contain the signed-in user's data"
      : 'the signed-out response is not the signed-in one (the answer names nobody, so it is compared whole)',
    actual: describeResponse(signedOut),
  } as const;
  if (leaked.length === 0 && !replayed) return { ...base, pass: true, fix: '' };
  const found = replayed
    ? `exactly the signed-in answer (${signedIn!.status}, same body)`
    : `the signed-in user's data (${leaked.length} marker(s) found, e.g. the user id)`;
  return {
    ...base,
    pass: false,
    fix: `SECURITY: a signed-out request got ${found}: a cache between the app and the visitor (CDN, reverse proxy, the framework's data cache) keyed the response by URL only. Send Cache-Control: private, no-store for session-dependent responses and do not cache them server-side without the user in the key.`,
  };
}
