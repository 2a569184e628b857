// Just enough Content-Security-Policy parsing for header checks (CSP3 §2.2): a header value is a
// comma-separated list of policies, each a ";"-separated list of directives; names are case-insensitive and
// the first occurrence of a directive in a policy wins.

export type CspPolicy = Map<string, string[]>;

export function parseCsp(headerValue: string | undefined): CspPolicy[] {
  if (!headerValue) return [];
  return headerValue.split(',').map((text) => {
    const policy: CspPolicy = new Map();
    for (const directive of text.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (!name) continue;
      const key = name.toLowerCase();
      if (!policy.has(key)) policy.set(key, sources.map((source) => source.toLowerCase()));
    }
    return policy;
  }).filter((policy) => policy.size > 0);
}

/** Sources that let any site in (MDN HTTP Observatory's "dangerously broad" list). */
const BROAD_SOURCES = new Set(['*', 'http:', 'https:', 'ftp:', 'http://*', 'http://*.*', 'https://*', 'https://*.*']);

export const isBroadSource = (source: string) => BROAD_SOURCES.has(source);
