// Clerk's 429s during the run, per endpoint: each wait src/clerk/clerk-retry.ts annotated ("Clerk answered 429
// to <endpoint>; retried after <n> ms (attempt <k>).") counted under its endpoint, with the time waited and the
// tests that waited. Pure.

export interface RateLimitSummary {
  /** What was rate-limited, as the retry names it (e.g. sessions.getToken, signInTokens.createSignInToken). */
  endpoint: string;
  count: number;
  waitedMs: number;
  tests: string[];
}

const WAIT = /429 to (.+?); retried after (\d+) ms/;

export function summarizeRateLimits(tests: readonly { title: string; waits: readonly string[] }[]): RateLimitSummary[] {
  const byEndpoint = new Map<string, RateLimitSummary>();
  for (const test of tests) {
    for (const wait of test.waits) {
      const match = WAIT.exec(wait);
      const endpoint = match?.[1] ?? 'Clerk (unnamed call)';
      const entry = byEndpoint.get(endpoint) ?? { endpoint, count: 0, waitedMs: 0, tests: [] };
      entry.count++;
      entry.waitedMs += Number(match?.[2] ?? 0);
      if (!entry.tests.includes(test.title)) entry.tests.push(test.title);
      byEndpoint.set(endpoint, entry);
    }
  }
  return [...byEndpoint.values()].sort((a, b) => b.count - a.count || a.endpoint.localeCompare(b.endpoint));
}
