// CORS on protected API routes: credentials (cookies) may be shared only with origins the app names. A wildcard
// or an echoed arbitrary Origin together with Access-Control-Allow-Credentials lets any site read the user's data.
import { pathOf, type ResponseEvidence } from './evidence.ts';
import { quoteHeader, type Verdict } from './verdict.ts';

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
  const how =
    value === '*'
      ? 'a wildcard'
      : value === 'null'
        ? '"null" (sandboxed frames and file: pages send it)'
        : "the request's Origin echoed back";
  return {
    ...base,
    pass: false,
    fix: `SECURITY: the route allows ${how} WITH credentials, so any website the user visits can call it with their cookies and read the answer. Allow credentials only for a fixed list of your own origins (compare Origin against it; never echo it unchecked), or drop Access-Control-Allow-Credentials.`,
  };
}
