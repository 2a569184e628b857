// The header checks that need the signed-in browser: they run in the auth project, after the setup project's
// one sign-in, so they always see its saved state (the headers project runs without it, and without waiting
// for it). Zero CSP violations on the signed-in pages; Clerk's cookies as the browser holds them are safe.
import { existsSync } from 'node:fs';
import { judgeCookies, judgeCspViolations, type CspViolation } from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { clerkLoaded, watchViolations } from '../../src/browser/csp-watch.ts';
import { openPastClerk429s } from '../../src/browser/clerk-rate-limit.ts';
import { STORAGE_STATE } from '../../src/project/auth-state.ts';
import { readStorageState } from '../../src/clerk/session.ts';

const profile = suiteProfile();
const origin = new URL(profile.baseURL).origin;

/**
 * The saved sign-in of this run for this target, or null (a state saved against another origin says nothing).
 * Its cookies say so, or its local storage: a page whose clerk-js cached nothing still holds the cookies.
 */
function savedState() {
  const state = existsSync(STORAGE_STATE.user) ? readStorageState('user') : null;
  const host = new URL(origin).hostname;
  const forTarget =
    state?.origins.some((o) => o.origin === origin) ||
    state?.cookies.some((c) => host === c.domain.replace(/^\./, '') || host.endsWith(c.domain));
  return forTarget ? state : null;
}

const NO_STATE = 'No signed-in state for this target from the setup project (run it with the setup project).';

test('signed-in pages -> no CSP violations', check('headers.csp-violations', '@browser'), async ({ browser }) => {
  test.skip(!savedState(), NO_STATE);
  const context = await browser.newContext({ storageState: STORAGE_STATE.user });
  const violations: CspViolation[] = [];
  await watchViolations(context, violations);
  const page = await context.newPage();
  const pages = [...new Set([profile.paths.afterSignIn, ...profile.routes.protectedPages])];
  for (const path of pages) await openPastClerk429s(page, () => page.goto(path).then(() => clerkLoaded(page)));
  await context.close();
  expect(judgeCspViolations(violations, pages, 'signed-in pages')).toPassCheck();
});

test("Clerk's cookies in the browser after sign-in -> safe attributes", check('headers.cookies'), async () => {
  const state = savedState();
  test.skip(!state, NO_STATE);
  const targetHost = new URL(profile.baseURL).hostname;
  const cookies = (state?.cookies ?? [])
    .filter((c) => targetHost.endsWith(c.domain.replace(/^\./, '')))
    .map((cookie) => ({
      name: cookie.name,
      secure: cookie.secure,
      httpOnly: cookie.httpOnly,
      sameSite: cookie.sameSite,
      source: 'browser after sign-in',
    }));
  expect(
    judgeCookies(cookies, {
      url: profile.baseURL,
      title: `cookies of ${profile.baseURL} after sign-in -> safe attributes`,
    }),
  ).toPassCheck();
});
