// Published security advisories of Clerk's JavaScript SDKs (github.com/clerk/javascript/security/advisories),
// as data: what preflight.clerk-advisories compares the target's served and revealed versions with. Ranges are
// the advisories' own ("introduced" .. "fixed", fixed excluded), copied from the GitHub advisory database
// records named in `sources`; only packages a web target can reveal (its pages and scripts) are listed, the
// advisories name more (e.g. @clerk/clerk-expo, @clerk/chrome-extension). Add an entry only with its source.
import type { Severity } from './catalog.ts';

export interface AffectedRange {
  package: string;
  introduced: string;
  fixed: string;
}

export interface ClerkAdvisory {
  id: string;
  cve: string;
  /** The advisory's own severity (GitHub's rating). */
  severity: Severity;
  summary: string;
  affected: readonly AffectedRange[];
  sources: readonly string[];
}

const ADVISORY = (ghsa: string) => `https://github.com/clerk/javascript/security/advisories/${ghsa}`;
const r = (pkg: string, introduced: string, fixed: string): AffectedRange => ({ package: pkg, introduced, fixed });

export const CLERK_ADVISORIES: readonly ClerkAdvisory[] = [
  {
    id: 'GHSA-q6w5-jg5q-47vg',
    cve: 'CVE-2024-22206',
    severity: 'critical',
    summary:
      'auth() (App Router) and getAuth() (Pages Router) can misattribute a request: unauthorized access or privilege escalation',
    affected: [r('@clerk/nextjs', '4.7.0', '4.29.3')],
    sources: [ADVISORY('GHSA-q6w5-jg5q-47vg'), 'https://clerk.com/changelog/2024-01-12'],
  },
  {
    id: 'GHSA-9mp4-77wg-rwx9',
    cve: 'CVE-2025-53548',
    severity: 'high',
    summary: 'verifyWebhook() accepts improperly signed webhook events',
    affected: [
      r('@clerk/backend', '2.0.0', '2.4.0'),
      r('@clerk/astro', '2.9.0', '2.10.2'),
      r('@clerk/express', '1.6.0', '1.7.4'),
      r('@clerk/fastify', '2.3.0', '2.4.4'),
      r('@clerk/nextjs', '6.2.10', '6.23.3'),
      r('@clerk/nuxt', '1.7.0', '1.7.5'),
      r('@clerk/react-router', '1.5.0', '1.6.4'),
      r('@clerk/remix', '4.8.0', '4.8.5'),
      r('@clerk/tanstack-react-start', '0.16.0', '0.18.3'),
    ],
    sources: [ADVISORY('GHSA-9mp4-77wg-rwx9'), 'https://nvd.nist.gov/vuln/detail/CVE-2025-53548'],
  },
  {
    id: 'GHSA-gjxx-92w9-8v8f',
    cve: 'CVE-2026-34076',
    severity: 'high',
    summary:
      "SSRF in the opt-in Frontend API proxy (clerkFrontendApiProxy): a path with a double slash makes it send the Clerk-Secret-Key to another host (Next.js apps are not affected: Next normalises repeated '/')",
    affected: [
      r('@clerk/backend', '3.0.0', '3.2.3'),
      r('@clerk/express', '2.0.0', '2.0.7'),
      r('@clerk/hono', '0.1.0', '0.1.5'),
      r('@clerk/fastify', '3.1.0', '3.1.5'),
    ],
    sources: [
      ADVISORY('GHSA-gjxx-92w9-8v8f'),
      'https://github.com/github/advisory-database/blob/main/advisories/github-reviewed/2026/03/GHSA-gjxx-92w9-8v8f/GHSA-gjxx-92w9-8v8f.json',
      'https://github.com/clerk/javascript/commit/486545c17db652e003f56ffdecf6f31dd77a1b02',
    ],
  },
  {
    id: 'GHSA-vqx2-fgx2-5wq9',
    cve: 'CVE-2026-41248',
    severity: 'critical',
    summary:
      'createRouteMatcher can be bypassed by crafted requests: middleware gating (auth.protect() in middleware) is skipped',
    affected: [
      r('@clerk/nextjs', '5.0.0', '5.7.6'),
      r('@clerk/nextjs', '6.0.0-snapshot.vb87a27f', '6.39.2'),
      r('@clerk/nextjs', '7.0.0', '7.2.1'),
      r('@clerk/nuxt', '1.1.0', '1.13.28'),
      r('@clerk/nuxt', '2.0.0', '2.2.2'),
      r('@clerk/astro', '0.0.1', '1.5.7'),
      r('@clerk/astro', '2.0.0-snapshot.v20241206174604', '2.17.10'),
      r('@clerk/astro', '3.0.0', '3.0.15'),
      r('@clerk/shared', '2.20.17', '2.22.1'),
      r('@clerk/shared', '3.0.0-canary.v20250225091530', '3.47.4'),
      r('@clerk/shared', '4.0.0', '4.8.1'),
    ],
    sources: [
      ADVISORY('GHSA-vqx2-fgx2-5wq9'),
      'https://github.com/github/advisory-database/blob/main/advisories/github-reviewed/2026/04/GHSA-vqx2-fgx2-5wq9/GHSA-vqx2-fgx2-5wq9.json',
    ],
  },
  {
    id: 'GHSA-w24r-5266-9c3c',
    cve: 'CVE-2026-42349',
    severity: 'high',
    summary:
      'has() / auth.protect() can return true for combined checks (reverification with role, permission, feature or plan; billing with role or permission)',
    // "Affected <= x, patched y" in the advisory: the patched release is the first unaffected one.
    affected: [
      r('@clerk/clerk-js', '5.22.0', '5.125.10'),
      r('@clerk/clerk-js', '6.0.0', '6.7.5'),
      r('@clerk/nextjs', '6.0.0', '6.39.3'),
      r('@clerk/nextjs', '7.0.0', '7.2.4'),
      r('@clerk/clerk-react', '5.9.0', '5.61.6'),
      r('@clerk/react', '6.0.0', '6.4.3'),
      r('@clerk/backend', '2.0.0', '2.33.3'),
      r('@clerk/backend', '3.0.0', '3.2.14'),
      r('@clerk/express', '0.1.0', '1.7.79'),
      r('@clerk/express', '2.0.0', '2.1.6'),
      r('@clerk/hono', '0.0.2', '0.1.16'),
      r('@clerk/fastify', '1.0.42', '2.6.31'),
      r('@clerk/fastify', '3.0.0', '3.1.16'),
      r('@clerk/shared', '3.0.0', '3.47.5'),
      r('@clerk/shared', '4.0.0', '4.8.3'),
      r('@clerk/astro', '2.0.0', '2.17.11'),
      r('@clerk/astro', '3.0.0', '3.0.18'),
      r('@clerk/nuxt', '1.0.0', '1.13.29'),
      r('@clerk/nuxt', '2.0.0', '2.2.5'),
      r('@clerk/vue', '1.0.0', '1.17.21'),
      r('@clerk/vue', '2.0.0', '2.0.16'),
      r('@clerk/react-router', '0.0.1', '2.4.13'),
      r('@clerk/react-router', '3.0.0', '3.1.4'),
      r('@clerk/tanstack-react-start', '0.0.1', '0.29.11'),
      r('@clerk/tanstack-react-start', '1.0.0', '1.1.4'),
    ],
    sources: [ADVISORY('GHSA-w24r-5266-9c3c'), 'https://nvd.nist.gov/vuln/detail/CVE-2026-42349'],
  },
];
