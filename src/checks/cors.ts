// CORS on protected API routes: credentials (cookies) may be shared only with origins the app names. An echoed
// arbitrary Origin, or "null" (which any site can send from a sandboxed iframe), together with
// Access-Control-Allow-Credentials lets that site read the user's data. A wildcard with credentials is
// different: browsers refuse that combination (Fetch, CORS check), so nothing is read, but it says the app
// meant to share with everyone, breaks its own credentialed callers, and is one "fix" away from echoing Origin.
import { pathOf, type ResponseEvidence } from './evidence.ts';
import { quoteHeader, type Verdict } from './verdict.ts';

const FIXED_LIST =
  'Allow credentials only for a fixed list of your own origins (compare Origin against it; never echo it ' +
  'unchecked), or drop Access-Control-Allow-Credentials.';

export function judgeCorsCredentials(evidence: ResponseEvidence, probeOrigin: string): Verdict {
  const allowOrigin = evidence.headers['access-control-allow-origin'];
  const allowCredentials = (evidence.headers['access-control-allow-credentials'] ?? '').trim().toLowerCase() === 'true';
  const base = {
    id: 'api.protected.cors',
    title: `${evidence.method ?? 'GET'} ${pathOf(evidence.url)} from Origin ${probeOrigin} -> no credentialed CORS for it`,
    url: evidence.url,
    expected: `no Access-Control-Allow-Origin "*" or "${probeOrigin}" (or "null") together with Access-Control-Allow-Credentials: true`,
    actual: `${evidence.status}; ${quoteHeader('Access-Control-Allow-Origin', allowOrigin)}; ${quoteHeader('Access-Control-Allow-Credentials', evidence.headers['access-control-allow-credentials'])}`,
  } as const;
  const value = allowOrigin?.trim();
  const opensToProbe = value === '*' || value === 'null' || value === probeOrigin;
  if (!(opensToProbe && allowCredentials)) return { ...base, pass: true, fix: '' };
  if (value === '*') {
    return {
      ...base,
      pass: false,
      fix:
        'Misconfiguration, not a leak: browsers refuse a wildcard Access-Control-Allow-Origin with credentials, so ' +
        "no other site can read this answer, but neither can your own front-ends' credentialed calls, and the " +
        `usual workaround (echoing the request's Origin) would open the route to every site. ${FIXED_LIST}`,
    };
  }
  const who =
    value === 'null'
      ? 'Origin "null" WITH credentials, and any website can send "null" from a sandboxed or data: iframe'
      : "the request's Origin echoed back WITH credentials";
  return {
    ...base,
    pass: false,
    fix:
      `SECURITY: the route allows ${who}: any website the user visits can call it with their cookies and ` +
      `read the answer. ${FIXED_LIST}`,
  };
}
