// preflight.clerk-advisories: the Clerk package versions a target serves or reveals, against Clerk's published
// advisories (clerk-advisories.ts). Versions come from what any visitor can read: the clerk-js script's URL
// (/npm/@clerk/clerk-js@6.40.0/dist/…) or the bundle itself (clerk-js names its release), and the SDK metadata
// that Clerk's framework SDKs compile into the app's scripts ({ name: "@clerk/nextjs", version: "7.9.17" }).
import { CLERK_ADVISORIES, type ClerkAdvisory } from './clerk-advisories.ts';
import { SEVERITIES, type Severity } from './catalog.ts';
import { parseSemver, inRange } from './semver.ts';
import type { Fetched } from './leaks.ts';
import type { Verdict } from './verdict.ts';

export interface RevealedVersion {
  package: string;
  version: string;
  /** The URL it was read from. */
  from: string;
}

const VERSION = String.raw`\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?`;
// A script URL with an exact release: …/npm/@clerk/clerk-js@6.40.0/dist/clerk.browser.js (a major, "@6", is not).
const SCRIPT_URL = new RegExp(String.raw`/npm/(@clerk/[a-z-]+)@(${VERSION})/dist/`, 'g');
// SDK metadata, minified or not: name:"@clerk/nextjs",version:"7.9.17" (clerk-js: its own sdkMetadata).
const SDK_METADATA = new RegExp(
  String.raw`["']?name["']?\s*:\s*["'](@clerk/[a-z-]+)["']\s*,\s*["']?version["']?\s*:\s*["'](${VERSION})["']`,
  'g',
);
// clerk-js's own release as it sends it to the Frontend API, in case its metadata is shaped otherwise.
const CLERK_JS_VERSION = new RegExp(String.raw`"_clerk_js_version"\s*,\s*"(${VERSION})"`, 'g');

/** Every @clerk package version the fetched pages and scripts reveal, once per package and version. */
export function revealedVersions(files: readonly Fetched[]): RevealedVersion[] {
  const found = new Map<string, RevealedVersion>();
  const add = (pkg: string, version: string, from: string) => {
    if (parseSemver(version))
      found.set(`${pkg}@${version}`, found.get(`${pkg}@${version}`) ?? { package: pkg, version, from });
  };
  for (const file of files) {
    for (const text of [file.url, file.body]) for (const m of text.matchAll(SCRIPT_URL)) add(m[1]!, m[2]!, file.url);
    for (const m of file.body.matchAll(SDK_METADATA)) add(m[1]!, m[2]!, file.url);
    for (const m of file.body.matchAll(CLERK_JS_VERSION)) add('@clerk/clerk-js', m[1]!, file.url);
  }
  return [...found.values()];
}

export interface AdvisoryHit {
  advisory: ClerkAdvisory;
  version: RevealedVersion;
  fixed: string;
}

export function advisoryHits(
  versions: readonly RevealedVersion[],
  advisories: readonly ClerkAdvisory[] = CLERK_ADVISORIES,
): AdvisoryHit[] {
  const hits: AdvisoryHit[] = [];
  for (const version of versions)
    for (const advisory of advisories)
      for (const range of advisory.affected)
        if (range.package === version.package && inRange(version.version, range))
          hits.push({ advisory, version, fixed: range.fixed });
  return hits;
}

const worst = (severities: Severity[]): Severity =>
  SEVERITIES.find((severity) => severities.includes(severity)) ?? 'high';

export function judgeClerkAdvisories(
  facts: { pageURL: string; versions: readonly RevealedVersion[] },
  advisories: readonly ClerkAdvisory[] = CLERK_ADVISORIES,
): Verdict {
  const listed = facts.versions.map((v) => `${v.package}@${v.version}`).join(', ');
  const base = {
    id: 'preflight.clerk-advisories',
    title: 'served Clerk versions -> no published Clerk advisory',
    url: facts.pageURL,
    expected: `no version inside an affected range of Clerk's ${advisories.length} published advisories (${advisories.map((a) => a.id).join(', ')})`,
    actual: listed ? `served / revealed: ${listed}` : 'no Clerk package version in the page or its scripts',
  } as const;
  if (facts.versions.length === 0)
    return {
      ...base,
      pass: true,
      fix: '',
      skip:
        'No Clerk version can be read from the page or its scripts (clerk-js loaded by major only and its bundle ' +
        'not fetched, SDK metadata not in the scripts): compare your lockfile with the advisories yourself.',
    };
  const hits = advisoryHits(facts.versions, advisories);
  if (hits.length === 0) return { ...base, pass: true, fix: '' };
  const lines = hits.map(
    ({ advisory, version, fixed }) =>
      `${version.package}@${version.version} (read from ${version.from}) is affected by ${advisory.id} / ${advisory.cve} ` +
      `(${advisory.severity}): ${advisory.summary}; fixed in ${fixed}. See ${advisory.sources[0]}.`,
  );
  return {
    ...base,
    pass: false,
    severity: worst(hits.map((hit) => hit.advisory.severity)),
    actual: `${base.actual}; affected: ${hits.map((h) => `${h.version.package}@${h.version.version} by ${h.advisory.id}`).join(', ')}`,
    fix: `${lines.join(' ')} Upgrade to the fixed release (or later) and deploy; a clerk-js pinned by exact version (clerkJSVersion) must be raised too.`,
  };
}
