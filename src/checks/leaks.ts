// Secrets in what the browser gets: the HTML of public pages and the same-origin JavaScript they load must
// not hold a Clerk secret key (sk_live_…, sk_test_…), the configured secret key or webhook secret, or any
// whsec_ signing secret. Typical cause: a secret put in a NEXT_PUBLIC_* / VITE_* variable, or a server
// module imported by a client component. Matches are reported by kind and place, never by value.
import type { Verdict } from './verdict.ts';

export interface Fetched {
  url: string;
  body: string;
}

const PATTERNS: { kind: string; pattern: RegExp }[] = [
  { kind: 'a Clerk secret key (sk_live_…)', pattern: /sk_live_[A-Za-z0-9]{16,}/ },
  { kind: 'a Clerk secret key (sk_test_…)', pattern: /sk_test_[A-Za-z0-9]{16,}/ },
  { kind: 'a webhook signing secret (whsec_…)', pattern: /whsec_[A-Za-z0-9+/]{20,}/ },
];

export function findSecrets(files: Fetched[], configuredSecrets: string[]): { url: string; kind: string }[] {
  const found: { url: string; kind: string }[] = [];
  for (const file of files) {
    for (const { kind, pattern } of PATTERNS) if (pattern.test(file.body)) found.push({ url: file.url, kind });
    for (const secret of configuredSecrets) {
      if (secret.length >= 16 && file.body.includes(secret))
        found.push({ url: file.url, kind: 'the configured secret value itself' });
    }
  }
  return found;
}

export function judgeNoSecrets(files: Fetched[], configuredSecrets: string[], page: string): Verdict {
  const found = findSecrets(files, configuredSecrets);
  return {
    id: 'leaks.secrets',
    title: `${page} and its same-origin scripts -> no secrets`,
    url: files[0]?.url ?? page,
    pass: found.length === 0,
    expected:
      'no sk_live_/sk_test_ key, no whsec_ secret and no configured secret in the HTML or same-origin JavaScript',
    actual:
      found.length === 0
        ? `${files.length} file(s) scanned, nothing found`
        : found
            .map((hit) => `${hit.kind} in ${hit.url}`)
            .join('; ')
            .slice(0, 600),
    fix:
      found.length === 0
        ? ''
        : 'Rotate the leaked secret in the Clerk Dashboard now, then remove it from client code: ' +
          'never put it in a NEXT_PUBLIC_*/VITE_*/PUBLIC_* variable or import a server module from a ' +
          'client component.',
  };
}

/** Publicly served source maps: reported, not failed (they expose source, not secrets, unless the source holds one). */
export function sourceMapURLs(files: Fetched[]): string[] {
  return files.flatMap((file) => {
    const match = /\/\/[#@] sourceMappingURL=(\S+)\s*$/.exec(file.body.slice(-500));
    if (!match?.[1] || match[1].startsWith('data:')) return [];
    try {
      return [new URL(match[1], file.url).href];
    } catch {
      return [];
    }
  });
}
