// Known Clerk advisories: the sign-in page (where clerk-js surely loads) and the scripts it references are read
// with Playwright's request context, no browser; the clerk-js bundle is fetched too when it comes from Clerk's
// CDN rather than the target. Every @clerk package version they reveal is compared with Clerk's published
// advisories (src/checks/clerk-advisories.ts); a version inside an affected range fails at that advisory's
// severity, and a page that reveals no version skips, saying so.
import { judgeClerkAdvisories, revealedVersions, type Fetched } from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { skipUnlessJudged } from '../../fixtures/matchers.ts';
import { fetchPageAndScripts } from '../headers/page-scripts.ts';

const profile = suiteProfile();
const CLERK_JS_SRC = /<script\b[^>]*\bsrc=["']([^"']*\/npm\/@clerk\/clerk-js@[^"']+)["']/i;

test(
  `GET ${profile.paths.signIn} and its scripts -> no Clerk version with a published advisory`,
  check('preflight.clerk-advisories'),
  async ({ request }) => {
    const files: Fetched[] = await fetchPageAndScripts(request, profile.paths.signIn, 40);
    const page = files[0]!;
    // clerk-js from Clerk's CDN (no proxy) is not the target's own script, but it is the one the target serves.
    const src = CLERK_JS_SRC.exec(page.body)?.[1]?.replace(/&amp;/g, '&');
    const clerkJs = src ? new URL(src, page.url).href : undefined;
    if (clerkJs && !files.some((file) => file.url === clerkJs)) {
      const script = await request.get(clerkJs, { failOnStatusCode: false, timeout: 10_000 }).catch(() => null);
      if (script?.ok()) files.push({ url: clerkJs, body: await script.text() });
    }
    const versions = revealedVersions(files);
    if (versions.length)
      test.info().annotations.push({
        type: 'clerk versions',
        description: versions.map((v) => `${v.package}@${v.version} (${v.from})`).join(', '),
      });
    const verdict = judgeClerkAdvisories({ pageURL: page.url, versions });
    skipUnlessJudged(verdict);
    expect(verdict).toPassCheck();
  },
);
