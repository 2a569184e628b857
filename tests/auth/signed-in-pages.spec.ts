// Protected pages as the signed-in user sees them in a real browser. The saved session token may have
// expired since the setup project ran: Clerk's handshake must renew it transparently.
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { skipWhenNoRoutes } from '../../fixtures/routes.ts';

const profile = suiteProfile();

skipWhenNoRoutes(profile, 'protectedPages', 'auth.protected-page.signed-in');

for (const path of profile.routes.protectedPages) {
  test(
    `GET ${path} signed in -> 200 and renders for the user`,
    check('auth.protected-page.signed-in'),
    async ({ page, user }) => {
      const response = await page.goto(path);
      expect(response?.status(), `GET ${path} signed in: status of the final response`).toBe(200);
      await expect(page, `GET ${path} signed in stays on ${path} (no redirect to sign-in)`).toHaveURL(
        (url) => url.pathname === path,
      );
      await expect(
        page.getByText(user.userId),
        `GET ${path} shows the signed-in user's id ${user.userId}`,
      ).toBeVisible();
    },
  );
}
