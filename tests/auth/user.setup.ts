// Signs the test user in ONCE per run through @clerk/testing (strategy from the profile: ticket, password or
// email_code), proves the sign-in is real (clerk-js has an active session and the server renders the
// after-sign-in page for that user), and saves the browser state for every other project. A state saved by an
// earlier run is reused only while its session is still live.
// First: with a local Clerk (CLERK_API_URL on loopback), @clerk/testing's api.clerk.com calls must reach it.
import '../../src/clerk/clerk-network-preload.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { clerkSetup } from '@clerk/testing/playwright';
import { check, expect, test as setup } from '../../fixtures/index.ts';
import { SIGNED_IN_FACTS, STORAGE_STATE } from '../../src/project/auth-state.ts';
import { reusableSignIn, signInWithStrategy } from '../../src/clerk/sign-in.ts';
import { saveExpiringToken } from '../../src/clerk/expiring-token.ts';
import { gotoPastClerk429s } from '../../src/browser/clerk-rate-limit.ts';

setup('the test user signs in with @clerk/testing', check('auth.sign-in'), async ({ page, browser, profile }) => {
  const user = profile.testUser;
  setup.skip(!user, 'No test user: set CGL_TEST_USER_EMAIL (and CGL_TEST_USER_PASSWORD for the password strategy).');
  setup.skip(!profile.clerk.secretKey, 'No CLERK_SECRET_KEY: @clerk/testing needs it to fetch a testing token.');
  setup.skip(
    user!.strategy === 'password' && !user!.password,
    'No CGL_TEST_USER_PASSWORD for the password sign-in strategy.',
  );

  // A cold sign-in page, clerk-js start-up, the sign-in and the page after it: more than 30 s on a loaded machine
  // or when Clerk rate-limits and its waits are honoured.
  setup.setTimeout(90_000);
  // The sign-in page works for a real person: Clerk's form renders there (checked on every run). A page whose
  // clerk-js Clerk rate-limited is opened again (src/browser/clerk-rate-limit.ts).
  const form = page.locator('input[name="identifier"]');
  await gotoPastClerk429s(page, profile.paths.signIn, form);
  await expect(form, `${profile.paths.signIn} renders Clerk's sign-in form`).toBeVisible();

  const clerkApi = { secretKey: profile.clerk.secretKey!.reveal(), apiUrl: profile.clerk.apiUrl };
  const reused = await reusableSignIn(browser, profile);
  if (reused) {
    setup.info().annotations.push({
      type: 'sign-in',
      description: `Reused the saved sign-in: session ${reused.sessionId} is still active.`,
    });
    // The expired-token checks' token starts its 30 s now, while the other projects run.
    await saveExpiringToken(clerkApi, reused.sessionId);
    return;
  }

  await clerkSetup({
    publishableKey: profile.clerk.publishableKey,
    secretKey: profile.clerk.secretKey!.reveal(),
    // clerkSetup reads `apiUrl` (not in its public type) to reach a Backend API other than api.clerk.com.
    ...({ apiUrl: profile.clerk.apiUrl } as object),
    dotenv: false,
  });
  // Waits for clerk-js to report the session active, across whatever navigation the app makes after sign-in.
  const session = await signInWithStrategy(page, user!, clerkApi);
  setup.info().annotations.push({ type: 'sign-in', description: `One browser sign-in (${user!.strategy}).` });

  // Really signed in: the server renders a protected page for the session clerk-js reports active. Opened up to
  // three times: a server-side SDK whose own call to Clerk was rate-limited (a handshake answered 429) sends even
  // a fresh session to sign-in once; the signed-in page checks judge the pages themselves, without retries.
  const landed = (url: URL) => url.pathname === profile.paths.afterSignIn;
  for (let attempt = 1; attempt <= 3; attempt++) {
    await page.goto(profile.paths.afterSignIn);
    if (landed(new URL(page.url())) || attempt === 3) break;
    setup.info().annotations.push({
      type: 'retried',
      description: `${profile.paths.afterSignIn} sent the fresh session to ${page.url()}; opened again (attempt ${attempt + 1}).`,
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  await expect(
    page,
    `${profile.paths.afterSignIn} renders for the signed-in user instead of redirecting to sign-in`,
  ).toHaveURL(landed);

  mkdirSync(dirname(STORAGE_STATE.user), { recursive: true });
  await page.context().storageState({ path: STORAGE_STATE.user });
  writeFileSync(SIGNED_IN_FACTS.user, JSON.stringify({ userId: session.userId, sessionId: session.sessionId }));
  // The expired-token checks' token starts its 30 s now, while the other projects run.
  await saveExpiringToken(clerkApi, session.sessionId);
});
