// Content-Security-Policy parsing (CSP3 §2.2): a header value is a comma-separated list of policies, each
// parsed by the maintained `content-security-policy-parser` (helmet's, a line-by-line port of the spec's
// "parse a serialized CSP": names lower-cased, the first occurrence of a directive wins). Sources are
// lower-cased here too, so judges compare them without caring how the app spelled them.
import parseContentSecurityPolicy from 'content-security-policy-parser';

export type CspPolicy = Map<string, string[]>;

export function parseCsp(headerValue: string | undefined): CspPolicy[] {
  if (!headerValue) return [];
  return headerValue
    .split(',')
    .map((text) => {
      const policy: CspPolicy = new Map();
      for (const [name, sources] of parseContentSecurityPolicy(text))
        policy.set(
          name,
          sources.map((source) => source.toLowerCase()),
        );
      return policy;
    })
    .filter((policy) => policy.size > 0);
}

/** Sources that let any site in (MDN HTTP Observatory's "dangerously broad" list). */
const BROAD_SOURCES = new Set(['*', 'http:', 'https:', 'ftp:', 'http://*', 'http://*.*', 'https://*', 'https://*.*']);

export const isBroadSource = (source: string) => BROAD_SOURCES.has(source);
