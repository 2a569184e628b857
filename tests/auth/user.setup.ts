// Signs the test user in ONCE per run through @clerk/testing, proves the sign-in is real (the server
// renders a protected page for that user), and saves the browser state for every other project.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { clerk, clerkSetup } from '@clerk/testing/playwright';
import { check, expect, test as setup } from '../../fixtures/index.ts';
import { SIGNED_IN_FACTS, STORAGE_STATE } from '../../fixtures/paths.ts';

setup('the test user signs in with @clerk/testing', { tag: ['@smoke', '@prod-safe'], annotation: check('auth.sign-in') }, async ({ page, profile }) => {
  const user = profile.testUser;
  setup.skip(!user, 'No test user: set CGL_TEST_USER_EMAIL (and CGL_TEST_USER_PASSWORD for the password strategy).');
  setup.skip(!profile.clerk.secretKey, 'No CLERK_SECRET_KEY: @clerk/testing needs it to fetch a testing token.');
  const password = user!.password?.reveal();
  setup.skip(!password, 'No CGL_TEST_USER_PASSWORD for the password sign-in strategy.');

  await clerkSetup({
    publishableKey: profile.clerk.publishableKey,
    secretKey: profile.clerk.secretKey!.reveal(),
    // clerkSetup reads `apiUrl` (not in its public type) to reach a Backend API other than api.clerk.com.
    ...({ apiUrl: profile.clerk.apiUrl } as object),
    dotenv: false,
  });

  // The sign-in page works for a real person: Clerk's form renders there.
  await page.goto(profile.paths.signIn);
  await expect(page.locator('input[name="identifier"]'), `${profile.paths.signIn} renders Clerk's sign-in form`).toBeVisible();
  await clerk.signIn({ page, signInParams: { strategy: 'password', identifier: user!.email, password: password! } });

  // Really signed in: clerk-js has an active session, and the server renders a protected page for it.
  const session = await page.evaluate(() => ({ userId: window.Clerk.user?.id, sessionId: window.Clerk.session?.id, status: window.Clerk.session?.status }));
  expect(session.status, 'clerk-js reports an active session after sign-in').toBe('active');
  await page.goto(profile.paths.afterSignIn);
  await expect(page, `${profile.paths.afterSignIn} renders for the signed-in user instead of redirecting to sign-in`).toHaveURL(
    (url) => url.pathname === profile.paths.afterSignIn,
  );

  mkdirSync(dirname(STORAGE_STATE.user), { recursive: true });
  await page.context().storageState({ path: STORAGE_STATE.user });
  writeFileSync(SIGNED_IN_FACTS.user, JSON.stringify({ userId: session.userId, sessionId: session.sessionId }));
});
