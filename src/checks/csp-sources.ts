// Does a CSP source list allow a URL? Enough of CSP3 §6.7.2 ("does url match source list") for the origins
// the checks care about: keywords, scheme-only sources, host sources with a leading wildcard, ports, and the
// directive fallback chains (§6.8.3), so `default-src` counts when `script-src` is absent.
import type { CspPolicy } from './csp.ts';

const FALLBACKS: Record<string, string[]> = {
  'script-src': ['script-src', 'default-src'],
  'style-src': ['style-src', 'default-src'],
  'img-src': ['img-src', 'default-src'],
  'connect-src': ['connect-src', 'default-src'],
  'font-src': ['font-src', 'default-src'],
  'frame-src': ['frame-src', 'child-src', 'default-src'],
  'worker-src': ['worker-src', 'child-src', 'script-src', 'default-src'],
};

/** The sources that govern `directive` in a policy (after fallback), or null when nothing restricts it. */
export function effectiveSources(policy: CspPolicy, directive: string): { from: string; sources: string[] } | null {
  for (const name of FALLBACKS[directive] ?? [directive]) {
    const sources = policy.get(name);
    if (sources) return { from: name, sources };
  }
  return null;
}

// A nonce or hash source: 'nonce-…', 'sha256-…', 'sha384-…', 'sha512-…'.
const NONCE_OR_HASH = /^'(nonce-|sha(256|384|512)-)/;

export const hasNonceOrHash = (sources: readonly string[]) => sources.some((source) => NONCE_OR_HASH.test(source));

/**
 * 'strict-dynamic' with a nonce or hash (CSP3 §8.2): browsers run only the nonce'd or hashed scripts and what
 * they load, and ignore host and scheme sources, 'self' and 'unsafe-inline'. Without a nonce or hash the
 * keyword trusts nothing, so it is not counted as strict here.
 */
export const isStrictDynamic = (sources: readonly string[]) =>
  sources.includes("'strict-dynamic'") && hasNonceOrHash(sources);

/**
 * The script sources a current browser honours: under strict-dynamic only the quoted keywords, nonces and
 * hashes; with a nonce or hash alone, everything but 'unsafe-inline' (CSP2 ignores it then).
 */
export function scriptSourcesInForce(sources: readonly string[]): string[] {
  if (isStrictDynamic(sources))
    return sources.filter((source) => source.startsWith("'") && source !== "'self'" && source !== "'unsafe-inline'");
  if (hasNonceOrHash(sources)) return sources.filter((source) => source !== "'unsafe-inline'");
  return [...sources];
}

const DEFAULT_PORT: Record<string, string> = { 'http:': '80', 'https:': '443', 'ws:': '80', 'wss:': '443' };

function hostMatches(pattern: string, host: string): boolean {
  if (pattern === '*') return true;
  if (pattern.startsWith('*.')) return host.endsWith(pattern.slice(1));
  return pattern === host;
}

/** True when one source expression admits `url` (an absolute URL) on a page whose origin is `self`. */
export function sourceAllows(source: string, url: URL, self: URL): boolean {
  if (source === "'self'")
    return (
      url.origin === self.origin || (self.protocol === 'http:' && url.protocol === 'https:' && url.host === self.host)
    );
  if (source === '*')
    return ['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) || url.protocol === self.protocol;
  if (/^[a-z][a-z0-9+.-]*:$/.test(source))
    return url.protocol === source || (source === 'http:' && url.protocol === 'https:');
  const match = /^(?:([a-z][a-z0-9+.-]*):\/\/)?(\*|(?:\*\.)?[a-z0-9.-]+)(?::(\d+|\*))?(\/.*)?$/.exec(source);
  if (!match) return false;
  const [, scheme, hostPattern = '', port, path] = match;
  if (scheme && `${scheme}:` !== url.protocol && !(scheme === 'http' && url.protocol === 'https:')) return false;
  if (!scheme && !['http:', 'https:'].includes(url.protocol)) return false;
  if (!hostMatches(hostPattern, url.hostname)) return false;
  const urlPort = url.port || DEFAULT_PORT[url.protocol] || '';
  const sourcePort = port ?? (scheme ? DEFAULT_PORT[`${scheme}:`] : DEFAULT_PORT[url.protocol]);
  if (port !== '*' && sourcePort !== urlPort && !(sourcePort === '80' && urlPort === '443')) return false;
  if (path && path !== '/' && !(path.endsWith('/') ? url.pathname.startsWith(path) : url.pathname === path))
    return false;
  return true;
}

// Workers fall under 'strict-dynamic' too: one started by a trusted script is not parser-inserted
// (web-platform-tests script-src-strict_dynamic_worker).
const SCRIPT_LIKE = new Set(['script-src', 'worker-src']);

/** Under strict-dynamic a script or worker started by a trusted (nonce'd) script loads from anywhere. */
export function trustsLoadedScripts(policy: CspPolicy, directive: string): boolean {
  const governing = SCRIPT_LIKE.has(directive) ? effectiveSources(policy, directive) : null;
  return governing !== null && isStrictDynamic(governing.sources);
}

/** True when the directive (with fallback) lets `url` load; a missing directive allows everything. */
export function policyAllows(policy: CspPolicy, directive: string, url: URL, self: URL): boolean {
  const governing = effectiveSources(policy, directive);
  if (!governing) return true;
  return governing.sources.some((source) => sourceAllows(source, url, self));
}

/** True when the directive (with fallback) admits the keyword (e.g. 'unsafe-eval', blob:); an ungoverned directive admits all. */
export function policyAllowsKeyword(policy: CspPolicy, directive: string, keyword: string): boolean {
  const governing = effectiveSources(policy, directive);
  return governing ? governing.sources.includes(keyword) : true;
}
