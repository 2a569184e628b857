// Signing out in the browser the way a user does (clerk-js's signOut), surviving the navigation Clerk and the
// app make right after it (Clerk's afterSignOutUrl, the app's own redirect).
import type { Page } from '@playwright/test';
import { AuthStepError, isNavigationError, waitInPage } from './browser-steps.ts';
import { isRateLimited, withClerkRetry } from './clerk-retry.ts';

const SESSION_COOKIE = /^__session(_.+)?$/;

/**
 * Signs out on `page` (a page of the target with the signed-in state loaded). Waits for clerk-js and its
 * session, calls Clerk.signOut(), then waits (up to 10 s, across navigations) until the browser holds no
 * session cookie. Does not judge: the caller reads the cookies and the pages afterwards.
 */
export async function signOutInBrowser(page: Page): Promise<void> {
  await waitInPage(
    page,
    'clerk-js loads with the saved session before sign-out',
    () => window.Clerk?.loaded === true && Boolean(window.Clerk.session),
    {
      timeout: 45_000,
      fix:
        'The signed-in page must load clerk-js and find the saved session; if it redirects to sign-in, the ' +
        'session ended early (see auth.sign-in).',
    },
  );
  // A 429 from Clerk's Frontend API is thrown with its status, so withClerkRetry waits it out and tries again.
  const error = await withClerkRetry('Clerk.signOut()', async () => {
    const failure = await page
      .evaluate(async () => {
        try {
          await window.Clerk.signOut();
          return null;
        } catch (e) {
          const first = (e as { errors?: { code?: string; longMessage?: string }[] })?.errors?.[0];
          const status = (e as { status?: unknown })?.status;
          return {
            code: first?.code,
            message: first?.longMessage || (e as Error)?.message || String(e),
            status: typeof status === 'number' ? status : undefined,
          };
        }
      })
      .catch((e: unknown) => {
        // Clerk (or the app) navigated away once the session ended: that is a sign-out, judged next.
        if (isNavigationError(e)) return null;
        throw e;
      });
    if (failure?.status === 429) throw Object.assign(new Error(failure.message), { status: 429 });
    return failure;
  }).catch((e: unknown) => {
    // Still rate-limited after the last retry: reported as the step's failure, with Clerk's answer.
    if (isRateLimited(e)) return { code: 'too_many_requests', message: (e as Error).message, status: 429 };
    throw e;
  });
  if (error)
    throw new AuthStepError(
      'Clerk.signOut() in the browser',
      page.url(),
      error,
      "Clerk's Frontend API refused to end the session: check the browser console and the Frontend API host.",
    );
  await page.waitForLoadState('domcontentloaded').catch(() => {});
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const cookies = await page.context().cookies();
    if (!cookies.some((c) => SESSION_COOKIE.test(c.name) && c.value !== '')) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
