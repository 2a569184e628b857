// Runs last (the setup project's teardown), so ending the run's session never pulls it from under other tests.
// Signs out through Clerk in the saved browser state (surviving the navigation Clerk and the app make after
// it: src/clerk/sign-out.ts), then proves the session is gone for that browser: no
// session cookie, protected pages go to sign-in, protected API routes deny.
import { existsSync } from 'node:fs';
import { judgeSignedOut } from '../../src/checks/index.ts';
import { check, expect, test as teardown } from '../../fixtures/index.ts';
import { STORAGE_STATE } from '../../src/project/auth-state.ts';
import { readSignedInFacts } from '../../src/clerk/session.ts';
import { signOutInBrowser } from '../../src/clerk/sign-out.ts';
import { readAcrossNavigations } from '../../src/clerk/browser-steps.ts';
import { routeRequest } from '../../fixtures/routes.ts';
import { gotoPastClerk429s } from '../../src/browser/clerk-rate-limit.ts';

teardown('after sign-out the session is gone', check('auth.sign-out'), async ({ browser, profile }) => {
  const facts = readSignedInFacts('user');
  teardown.skip(
    !existsSync(STORAGE_STATE.user) || !facts,
    'No saved sign-in: the setup project did not sign in, so there is nothing to sign out.',
  );
  const userId = facts!.userId;
  // A cold page load, clerk-js start-up and sign-out: on a loaded CI machine this outlasts the default 30 s.
  teardown.setTimeout(90_000);
  const context = await browser.newContext({ storageState: STORAGE_STATE.user, baseURL: profile.baseURL });
  try {
    const page = await context.newPage();
    // A page whose clerk-js Clerk rate-limited is opened again (src/browser/clerk-rate-limit.ts).
    await gotoPastClerk429s(page, profile.paths.afterSignIn, () =>
      page.waitForFunction(() => window.Clerk?.loaded === true && Boolean(window.Clerk.session), undefined, {
        timeout: 15_000,
      }),
    );
    await expect(page, 'the saved session is still signed in before signing out').toHaveURL(
      (url) => url.pathname === profile.paths.afterSignIn,
    );
    await signOutInBrowser(page);

    const sessionCookies = (await context.cookies())
      .filter((c) => c.name === '__session' || c.name.startsWith('__session_'))
      .map((c) => c.value);
    const protectedPath = profile.routes.protectedPages[0];
    let protectedPage = null;
    if (protectedPath) {
      // Through the context's request API (the browser's cookies, not its HTTP cache: a page cached with the
      // user's data is the caching check's finding, not sign-out's).
      const response = await context.request.get(protectedPath, {
        headers: { accept: 'text/html', 'sec-fetch-dest': 'document', 'sec-fetch-mode': 'navigate' },
        failOnStatusCode: false,
      });
      protectedPage = {
        path: protectedPath,
        finalUrl: response.url(),
        showsUser: (await response.text()).includes(userId),
      };
    }
    const route = profile.routes.protectedApi[0];
    let protectedApi = null;
    if (route) {
      // The browser's own cookie jar after sign-out (not a replayed token: those stay valid until they expire).
      const response = await context.request.fetch(route.path, {
        ...routeRequest(route),
        maxRedirects: 0,
        failOnStatusCode: false,
      });
      protectedApi = {
        name: `${route.method} ${route.path}`,
        status: response.status(),
        showsUser: (await response.text()).includes(userId),
      };
    }
    await page.waitForLoadState('load').catch(() => {});
    const signedInAgain = await readAcrossNavigations(page, () => Boolean(window.Clerk?.session)).catch(() => false);
    expect(
      judgeSignedOut(
        { url: page.url(), sessionCookies, protectedPage, protectedApi, signedInAgain },
        { paths: profile.paths },
      ),
    ).toPassCheck();
  } finally {
    await context.close();
  }
});
