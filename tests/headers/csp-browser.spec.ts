// The browser proof of the CSP: zero violations while the sign-in page loads and its flow starts (identifier
// submitted, no second sign-in), and while the signed-in pages render with the state the setup project saved.
// Also reads which Clerk instance the live page runs (a production profile needs a production instance).
import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from '@playwright/test';
import { judgeCspViolations, judgeProductionInstance, type CspViolation } from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { STORAGE_STATE } from '../../src/project/auth-state.ts';
import { readStorageState } from '../../src/clerk/session.ts';

const profile = suiteProfile();

/** Records every violation in the context: DOM events (all frames, across navigations) and console reports. */
async function watchViolations(context: BrowserContext, violations: CspViolation[]): Promise<void> {
  await context.exposeBinding(
    '__cglCspViolation',
    ({ page }, v: { directive: string; blocked: string; reportOnly: boolean }) => {
      violations.push({ ...v, page: new URL(page.url()).pathname });
    },
  );
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cglCspViolation: (v: object) => void }).__cglCspViolation;
      report({
        directive: event.effectiveDirective,
        blocked: event.blockedURI || 'inline',
        reportOnly: event.disposition === 'report',
      });
    });
  });
  context.on('console', (message) => {
    const text = message.text();
    // Only console reports without a DOM event (workers): the others are already recorded above.
    if (/Content Security Policy/.test(text) && message.location().url.startsWith('blob:')) {
      violations.push({ directive: 'console', blocked: text, page: message.location().url });
    }
  });
}

async function clerkLoaded(page: Page): Promise<void> {
  await page
    .waitForFunction(() => (window as unknown as { Clerk?: { loaded?: boolean } }).Clerk?.loaded === true, undefined, {
      timeout: 15_000,
    })
    .catch(() => {});
}

test('sign-in page and flow -> no CSP violations', check('headers.csp-violations', '@browser'), async ({ browser }) => {
  const context = await browser.newContext({ ignoreHTTPSErrors: profile.embedded });
  const violations: CspViolation[] = [];
  await watchViolations(context, violations);
  const page = await context.newPage();
  await page.goto(profile.paths.signIn);
  const identifier = page.locator('input[name="identifier"]');
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

test('signed-in pages -> no CSP violations', check('headers.csp-violations', '@browser'), async ({ browser }) => {
  const state = existsSync(STORAGE_STATE.user) ? readStorageState('user') : null;
  const origin = new URL(profile.baseURL).origin;
  test.skip(
    !state?.origins.some((o) => o.origin === origin),
    'No signed-in state for this target from the setup project (run it with the setup project).',
  );
  const context = await browser.newContext({ storageState: STORAGE_STATE.user, ignoreHTTPSErrors: profile.embedded });
  const violations: CspViolation[] = [];
  await watchViolations(context, violations);
  const page = await context.newPage();
  const pages = [...new Set([profile.paths.afterSignIn, ...profile.routes.protectedPages])];
  for (const path of pages) {
    await page.goto(path);
    await clerkLoaded(page);
  }
  await context.close();
  expect(judgeCspViolations(violations, pages, 'signed-in pages')).toPassCheck();
});

test('the live page -> production Clerk instance', check('auth.production-instance', '@browser'), async ({ page }) => {
  test.skip(
    profile.environment !== 'production',
    `The profile is ${profile.environment}: only a production profile must run a production instance.`,
  );
  await page.goto(profile.paths.signIn);
  await clerkLoaded(page);
  const instanceType = await page.evaluate(
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
