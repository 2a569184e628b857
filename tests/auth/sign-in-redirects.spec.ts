// Where the sign-in page sends an already signed-in browser (the saved session; no new sign-in): to the
// after-sign-in path when nothing else is asked, and never off the target's origins, whatever redirect_url
// says. And where it will send a signed-out visitor once they sign in: clerk-js's after-sign-in URL for the
// page's redirect_url, read without signing in. Needs a browser: Clerk's <SignIn/> redirects client-side.
// Off-site navigations are caught and answered locally, so nothing leaves the machine.
import type { Page } from '@playwright/test';
import { judgeAfterSignInDestination, judgeNoOpenRedirect } from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { skipUnlessJudged } from '../../fixtures/matchers.ts';
import { openPastClerk429s } from '../../src/browser/clerk-rate-limit.ts';

const profile = suiteProfile();
const host = new URL(profile.baseURL).host;

// Absolute, protocol-relative, backslash and encoded variants, and look-alike hosts built from the target's own.
const HOSTILE_REDIRECTS = [
  'https://evil.example/phish',
  '//evil.example/phish',
  '/\\evil.example/phish',
  'https:%2F%2Fevil.example%2Fphish',
  '%2F%2Fevil.example%2Fphish',
  `https://${host}.evil.example/phish`,
  `https://${host}@evil.example/phish`,
];

const allowed = new Set(profile.auth.authorizedOrigins);

/** Records every top-level navigation of `page` from now on; off-site ones are answered with a stub page. */
async function recordNavigations(page: Page): Promise<string[]> {
  const navigations: string[] = [];
  await page.context().route('**/*', async (route) => {
    const request = route.request();
    const offSite = !allowed.has(new URL(request.url()).origin);
    if (request.isNavigationRequest() && request.frame() === page.mainFrame()) navigations.push(request.url());
    if (offSite && request.isNavigationRequest())
      return route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<p>off-site: blocked by clerk-go-live</p>',
      });
    return route.fallback();
  });
  return navigations;
}

/**
 * clerk-js loaded on `page`, or the reason it refused to (it will not load with some malformed redirect_url values
 * and logs "TypeError: ... Invalid URL"): then nobody can sign in from that link. Listen before navigating.
 */
type LoadOutcome = 'loaded' | 'not loaded' | { error: string };

function clerkLoadOutcome(page: Page, timeout: number): () => Promise<LoadOutcome> {
  const loadError = new Promise<string>((resolve) => {
    page.on('console', (message) => {
      if (['warning', 'error'].includes(message.type()) && /Invalid URL/i.test(message.text())) resolve(message.text());
    });
  });
  return () =>
    Promise.race([
      page
        .waitForFunction(() => (window as { Clerk?: { loaded?: boolean } }).Clerk?.loaded === true, undefined, {
          timeout,
        })
        .then(
          () => 'loaded' as const,
          () => 'not loaded' as const,
        ),
      loadError.then((error) => ({ error })),
    ]);
}

/** Opens `path` and returns every top-level navigation until <SignIn/> has had its chance to redirect. */
async function navigationsFrom(page: Page, path: string): Promise<string[]> {
  const navigations = await recordNavigations(page);
  // <SignIn/> redirects a signed-in visitor once clerk-js has loaded: wait for the page to leave sign-in.
  const signInPath = new URL(profile.paths.signIn, profile.baseURL).pathname;
  const left = (url: URL) => !url.pathname.startsWith(signInPath) || !allowed.has(url.origin);
  let loaded = false;
  await openPastClerk429s(page, async () => {
    const outcome = clerkLoadOutcome(page, 10_000);
    await page.goto(path);
    if (left(new URL(page.url()))) return true;
    // Once clerk-js has loaded, <SignIn/> decides within moments; a page that stays on sign-in is not waited
    // out, nor one whose clerk-js refused the link (opened again only when Clerk rate-limited clerk-js).
    const result = await outcome();
    loaded = result === 'loaded';
    return result !== 'not loaded';
  });
  if (!loaded || left(new URL(page.url()))) return navigations;
  await page.waitForURL(left, { timeout: 3_000 }).catch(() => undefined);
  return navigations;
}

test.describe('sign-in redirects (signed in)', () => {
  test(
    `GET ${profile.paths.signIn} signed in -> lands on ${profile.paths.afterSignIn}`,
    check('auth.sign-in'),
    async ({ page, user: _user }) => {
      await navigationsFrom(page, profile.paths.signIn);
      await expect(page, `a signed-in visit to ${profile.paths.signIn} goes on to the after-sign-in path`).toHaveURL(
        (url) => url.pathname === profile.paths.afterSignIn,
      );
    },
  );

  for (const hostile of HOSTILE_REDIRECTS) {
    test(
      `sign-in with redirect_url=${hostile} stays on the target's origins`,
      check('auth.sign-in.no-open-redirect'),
      async ({ page, user: _user }) => {
        // Encoded once more, so the app receives the hostile string itself (%2F variants test double decoding).
        const url = `${profile.paths.signIn}?redirect_url=${encodeURIComponent(hostile)}`;
        const navigations = await navigationsFrom(page, url);
        expect(
          judgeNoOpenRedirect(
            { url: new URL(url, profile.baseURL).href, attempted: hostile, navigations },
            profile.auth.authorizedOrigins,
          ),
        ).toPassCheck();
      },
    );
  }
});

test.describe('sign-in redirects (signed out)', { tag: '@browser' }, () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  for (const hostile of HOSTILE_REDIRECTS) {
    test(
      `signing in from a link with redirect_url=${hostile} leads back to the target`,
      check('auth.sign-in.no-open-redirect'),
      async ({ page }) => {
        const url = `${profile.paths.signIn}?redirect_url=${encodeURIComponent(hostile)}`;
        await recordNavigations(page);
        const last: { outcome: LoadOutcome } = { outcome: 'not loaded' };
        await openPastClerk429s(page, async () => {
          const loadOutcome = clerkLoadOutcome(page, 15_000);
          await page.goto(url);
          last.outcome = await loadOutcome();
          return last.outcome !== 'not loaded';
        });
        const { outcome } = last;
        // What <SignIn/> navigates to after a successful sign-in on this page (its query included).
        const destination =
          outcome === 'loaded'
            ? await page.evaluate(() => {
                const clerk = (
                  window as unknown as { Clerk: { buildAfterSignInUrl(o: { params: URLSearchParams }): string } }
                ).Clerk;
                return new URL(
                  clerk.buildAfterSignInUrl({ params: new URL(window.location.href).searchParams }),
                  window.location.href,
                ).href;
              })
            : null;
        const refused = typeof outcome === 'object' ? outcome.error : undefined;
        const verdict = judgeAfterSignInDestination(
          { url: new URL(url, profile.baseURL).href, attempted: hostile, destination, refused },
          profile.auth.authorizedOrigins,
        );
        skipUnlessJudged(verdict);
        expect(verdict).toPassCheck();
      },
    );
  }
});
