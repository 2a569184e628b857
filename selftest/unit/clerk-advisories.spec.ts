// preflight.clerk-advisories: the small semver (precedence, prereleases, half-open ranges), the versions read from
// pages and scripts (script URLs, SDK metadata, clerk-js's own), and the judge: an affected version fails at its
// advisory's severity, unaffected versions pass, no version skips.
import { expect, test } from '@playwright/test';
import {
  advisoryHits,
  CLERK_ADVISORIES,
  compareSemver,
  inRange,
  judgeClerkAdvisories,
  parseSemver,
  revealedVersions,
} from '../../src/checks/index.ts';

const v = (text: string) => parseSemver(text)!;
const seen = (pkg: string, version: string) => ({ package: pkg, version, from: 'https://app.example.com/x.js' });

test('semver: precedence of releases and prereleases', () => {
  expect(compareSemver(v('4.29.3'), v('4.29.2'))).toBeGreaterThan(0);
  expect(compareSemver(v('4.29.10'), v('4.29.9'))).toBeGreaterThan(0);
  expect(compareSemver(v('5.0.0'), v('4.99.99'))).toBeGreaterThan(0);
  expect(compareSemver(v('6.0.0-snapshot.vb87a27f'), v('6.0.0'))).toBeLessThan(0);
  expect(compareSemver(v('1.0.0-alpha.1'), v('1.0.0-alpha.beta'))).toBeLessThan(0); // numeric below alphanumeric
  expect(compareSemver(v('1.0.0-alpha'), v('1.0.0-alpha.1'))).toBeLessThan(0);
  expect(compareSemver(v('1.0.0+build.5'), v('1.0.0'))).toBe(0);
  expect(parseSemver('6')).toBeNull();
  expect(parseSemver('latest')).toBeNull();
});

test('semver: [introduced, fixed) ranges include the first affected release and exclude the fix', () => {
  const range = { introduced: '4.7.0', fixed: '4.29.3' };
  expect(inRange('4.7.0', range)).toBe(true);
  expect(inRange('4.29.2', range)).toBe(true);
  expect(inRange('4.29.3', range)).toBe(false);
  expect(inRange('4.6.9', range)).toBe(false);
  expect(inRange('5.0.0', range)).toBe(false);
  expect(inRange('4.29.3-canary.1', range)).toBe(true); // a prerelease of the fix precedes it
  expect(inRange('6.1.0', { introduced: '6.0.0-snapshot.vb87a27f', fixed: '6.39.2' })).toBe(true);
  expect(inRange('not-a-version', range)).toBe(false);
});

test('the advisory data: every entry has an id, a CVE, a source and well-formed ranges', () => {
  expect(CLERK_ADVISORIES.map((a) => a.id)).toEqual(
    expect.arrayContaining(['GHSA-q6w5-jg5q-47vg', 'GHSA-gjxx-92w9-8v8f']),
  );
  for (const advisory of CLERK_ADVISORIES) {
    expect(advisory.id).toMatch(/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/);
    expect(advisory.cve).toMatch(/^CVE-\d{4}-\d{4,}$/);
    expect(advisory.sources[0]).toBe(`https://github.com/clerk/javascript/security/advisories/${advisory.id}`);
    for (const range of advisory.affected) {
      expect(range.package).toMatch(/^@clerk\/[a-z-]+$/);
      expect(compareSemver(v(range.introduced), v(range.fixed))).toBeLessThan(0);
    }
  }
});

test('versions are read from exact script URLs, SDK metadata and clerk-js, not from a major-only URL', () => {
  const files = [
    {
      url: 'https://app.example.com/sign-in',
      body: '<script src="/__clerk/npm/@clerk/clerk-js@6/dist/clerk.browser.js"></script><script src="https://clerk.example.com/npm/@clerk/ui@1.36.0/dist/ui.browser.js"></script>',
    },
    {
      url: 'https://app.example.com/_next/a.js',
      body: 'let m={name:"@clerk/nextjs",version:"7.9.17",environment:"production"}',
    },
    { url: 'https://app.example.com/b.js', body: '{"name": "@clerk/react", "version": "6.18.0"}' },
    {
      url: 'https://app.example.com/__clerk/npm/@clerk/clerk-js@6/dist/clerk.browser.js',
      body: 'o.append("_clerk_js_version","6.40.0")',
    },
  ];
  const found = revealedVersions(files).map((r) => `${r.package}@${r.version}`);
  expect(found.sort()).toEqual([
    '@clerk/clerk-js@6.40.0',
    '@clerk/nextjs@7.9.17',
    '@clerk/react@6.18.0',
    '@clerk/ui@1.36.0',
  ]);
});

test('preflight.clerk-advisories: an affected @clerk/nextjs fails at the advisory severity, naming the fix', () => {
  const verdict = judgeClerkAdvisories({
    pageURL: 'https://app.example.com/sign-in',
    versions: [seen('@clerk/nextjs', '4.29.2')],
  });
  expect(verdict.pass).toBe(false);
  expect(verdict.severity).toBe('critical');
  expect(verdict.fix).toContain('GHSA-q6w5-jg5q-47vg / CVE-2024-22206');
  expect(verdict.fix).toContain('fixed in 4.29.3');
});

test('preflight.clerk-advisories: the proxy SSRF range of @clerk/express and an old clerk-js (high)', () => {
  const hits = advisoryHits([seen('@clerk/express', '2.0.6'), seen('@clerk/clerk-js', '6.7.4')]);
  expect(hits.map((h) => `${h.version.package} ${h.advisory.id}`).sort()).toEqual([
    '@clerk/clerk-js GHSA-w24r-5266-9c3c',
    '@clerk/express GHSA-gjxx-92w9-8v8f',
    '@clerk/express GHSA-w24r-5266-9c3c',
  ]);
  const verdict = judgeClerkAdvisories({ pageURL: 'https://a.example', versions: [seen('@clerk/clerk-js', '6.7.4')] });
  expect(verdict.severity).toBe('high');
});

test('preflight.clerk-advisories: current versions pass; no version skips, saying why', () => {
  const current = [seen('@clerk/nextjs', '7.9.17'), seen('@clerk/clerk-js', '6.40.0'), seen('@clerk/nextjs', '4.29.3')];
  expect(judgeClerkAdvisories({ pageURL: 'https://a.example', versions: current }).pass).toBe(true);
  const none = judgeClerkAdvisories({ pageURL: 'https://a.example', versions: [] });
  expect(none.skip).toContain('No Clerk version can be read');
});
