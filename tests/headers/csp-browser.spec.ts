// The browser proof of the CSP: zero violations while the sign-in page loads and its flow starts (identifier
// submitted, no second sign-in); the signed-in pages' proof runs in the auth project (tests/auth/
// signed-in-headers.spec.ts), after the setup project's sign-in. Also reads which Clerk instance the live page runs (a production profile needs a production instance).
import { judgeCspViolations, judgeProductionInstance, type CspViolation } from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { gotoPastClerk429s } from '../../src/browser/clerk-rate-limit.ts';
import { clerkLoaded, watchViolations } from '../../src/browser/csp-watch.ts';
import { readAcrossNavigations } from '../../src/clerk/browser-steps.ts';

const profile = suiteProfile();

test('sign-in page and flow -> no CSP violations', check('headers.csp-violations', '@browser'), async ({ browser }) => {
  const context = await browser.newContext();
  const violations: CspViolation[] = [];
  await watchViolations(context, violations);
  const page = await context.newPage();
  const identifier = page.locator('input[name="identifier"]');
  // A page whose clerk-js Clerk rate-limited is opened again (src/browser/clerk-rate-limit.ts).
  await gotoPastClerk429s(page, profile.paths.signIn, identifier);
  await expect(identifier, "Clerk's sign-in form renders").toBeVisible();
  if (profile.testUser) {
    // The first step of the flow (FAPI sign-in attempt, the next step's UI), without signing in again.
    await identifier.fill(profile.testUser.email);
    await page
      .getByRole('button', { name: /continue/i })
      .first()
      .click();
    await page
      .locator('input[name="password"], input[name="code"], [data-localization-key*="error"]')
      .first()
      .waitFor({ timeout: 10_000 })
      .catch(() => {});
  }
  await clerkLoaded(page);
  await context.close();
  expect(judgeCspViolations(violations, [profile.paths.signIn], 'sign-in page and flow')).toPassCheck();
});

test('the live page -> production Clerk instance', check('auth.production-instance', '@browser'), async ({ page }) => {
  test.skip(
    profile.environment !== 'production',
    `The profile is ${profile.environment}: only a production profile must run a production instance.`,
  );
  await page.goto(profile.paths.signIn);
  await clerkLoaded(page);
  const instanceType = await readAcrossNavigations(
    page,
    () => (window as unknown as { Clerk?: { instanceType?: string } }).Clerk?.instanceType,
  );
  const cookies = await page.context().cookies();
  expect(
    judgeProductionInstance({
      url: page.url(),
      instanceType,
      devBrowserInUrl: page.url().includes('__clerk_db_jwt'),
      devBrowserCookies: cookies.filter((c) => c.name.startsWith('__clerk_db_jwt')).map((c) => c.name),
    }),
  ).toPassCheck();
});
