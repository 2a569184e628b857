// Sign-up through the real UI: in a fresh browser context, a new synthetic user (`cgl-<random>+clerk_test@
// example.com`) signs up on the sign-up page the app names to clerk-js (Clerk.buildSignUpUrl() on the sign-in
// page), enters Clerk's test code 424242 and must end signed in on the target (src/checks/sign-up.ts judges).
// Only where test addresses work and a stray user harms nothing: a development instance on a profile that is not
// production. The user is deleted through the Backend API in the fixture's teardown, which runs even when the
// test fails (looked up by its address, so a user created before a failure is found too).
import { randomBytes } from 'node:crypto';
import type { Page } from '@playwright/test';
import { judgeSignUp, type SignUpFacts } from '../../src/checks/index.ts';
import { check, expect, suiteProfile, test as base } from '../../fixtures/index.ts';

const profile = suiteProfile();
const STEP = 15_000;

/** Deletes every user holding `email` (the synthetic one, if it was created); returns how many. */
async function deleteUsersWith(email: string, secret: string): Promise<number> {
  const headers = { Authorization: `Bearer ${secret}` };
  const api = profile.clerk.apiUrl;
  const query = new URLSearchParams({ email_address: email });
  const found = await fetch(`${api}/v1/users?${query}`, { headers });
  if (!found.ok)
    throw new Error(`GET /v1/users?email_address=… answered ${found.status}: the sign-up user may be left`);
  const users = (await found.json()) as { id: string }[];
  for (const user of users) {
    const deleted = await fetch(`${api}/v1/users/${encodeURIComponent(user.id)}`, { method: 'DELETE', headers });
    if (!deleted.ok) throw new Error(`DELETE /v1/users/${user.id} answered ${deleted.status}: the user is left behind`);
  }
  return users.length;
}

const test = base.extend<{ syntheticEmail: string }>({
  syntheticEmail: async ({}, use, testInfo) => {
    const email = `cgl-sign-up-${randomBytes(6).toString('hex')}+clerk_test@example.com`;
    await use(email);
    const secret = profile.clerk.secretKey?.reveal();
    if (!secret || testInfo.expectedStatus === 'skipped') return;
    const removed = await deleteUsersWith(email, secret);
    testInfo.annotations.push({ type: 'clean-up', description: `Deleted ${removed} synthetic sign-up user(s).` });
  },
});

const whyNot =
  profile.environment === 'production'
    ? 'The profile is production: a sign-up there would create a real user (not run).'
    : profile.clerk.instanceType !== 'development'
      ? 'The instance is a production one: Clerk test addresses and code 424242 work on development instances only (not run).'
      : !profile.clerk.secretKey
        ? 'No CLERK_SECRET_KEY: the synthetic user could not be deleted afterwards (not run).'
        : null;

async function clerkUserId(page: Page): Promise<string | null> {
  const id = await page
    .evaluate(() => (window as { Clerk?: { user?: { id?: string } | null } }).Clerk?.user?.id ?? null)
    .catch(() => null);
  return id ?? null;
}

test(
  'sign-up page -> a new user signs up with a test address and lands signed in',
  check('auth.sign-up'),
  async ({ browser, syntheticEmail }) => {
    test.skip(whyNot !== null, whyNot ?? '');
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    const target = new URL(profile.baseURL).origin;
    await page.goto(new URL(profile.paths.signIn, profile.baseURL).href);
    await page.waitForFunction(() => (window as { Clerk?: { loaded?: boolean } }).Clerk?.loaded === true, null, {
      timeout: STEP,
    });
    const named = await page.evaluate(() =>
      (window as { Clerk?: { buildSignUpUrl(): string } }).Clerk!.buildSignUpUrl(),
    );
    const url = new URL(named, page.url());
    test.skip(url.origin !== target, `clerk-js names no sign-up page on the target (${url.origin}): not judged here.`);
    // No signUpUrl given: clerk-js names the sign-in page's combined sign-in-or-up step (`<sign-in>#/create`).
    const signInPath = new URL(profile.paths.signIn, profile.baseURL).pathname;
    test.skip(
      url.pathname === signInPath,
      `clerk-js names no sign-up page of its own (${url.pathname}${url.hash}, the sign-in page's combined flow): set signUpUrl to judge sign-up.`,
    );
    await page.goto(url.href);
    const facts: SignUpFacts = {
      url: url.href,
      formRendered: false,
      codeStep: false,
      userId: null,
      landedOn: '',
      onTarget: false,
    };
    const email = page.locator('input[name="emailAddress"]');
    facts.formRendered = await email.waitFor({ timeout: STEP }).then(
      () => true,
      () => false,
    );
    if (facts.formRendered) {
      await email.fill(syntheticEmail);
      const password = page.locator('input[name="password"]');
      if (await password.isVisible()) await password.fill(`Cgl-${randomBytes(9).toString('base64url')}-1a`);
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      const code = page.locator('input[autocomplete="one-time-code"]').first();
      facts.codeStep = await code.waitFor({ timeout: STEP }).then(
        () => true,
        () => false,
      );
      if (facts.codeStep) {
        await code.pressSequentially('424242');
        await expect
          .poll(() => clerkUserId(page), { timeout: STEP })
          .not.toBeNull()
          .catch(() => undefined);
        facts.userId = await clerkUserId(page);
      }
      const error = await page
        .locator('.cl-formFieldErrorText, [id$="-error-feedback"]')
        .first()
        .textContent({ timeout: 500 })
        .catch(() => null);
      if (error) facts.formError = error.slice(0, 200);
    }
    facts.landedOn = page.url();
    facts.onTarget = new URL(facts.landedOn).origin === target;
    await context.close();
    expect(judgeSignUp(facts)).toPassCheck();
  },
);
