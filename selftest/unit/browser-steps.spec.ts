// The browser steps of sign-in and sign-out against pages that navigate by themselves (as apps do once Clerk
// reports a user), and the failure they print: step, URL without credentials, Clerk's error, the fix.
import { expect, test } from '@playwright/test';
import {
  AuthStepError,
  isNavigationError,
  readAcrossNavigations,
  safeUrl,
  waitInPage,
} from '../../src/clerk/browser-steps.ts';
import { clerkApiFailure } from '../../src/clerk/sign-in.ts';

const ORIGIN = 'http://app.test';

test.beforeEach(async ({ page }) => {
  // /first sets a flag, then leaves for /second after 300 ms; /second sets `ready` only after 300 ms more.
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    const script =
      path === '/first'
        ? "window.flag = 1; setTimeout(() => location.assign('/second'), 300);"
        : 'setTimeout(() => { window.ready = true; }, 300);';
    return route.fulfill({ contentType: 'text/html', body: `<script>${script}</script>` });
  });
});

test('an evaluate cut short by the page navigating is recognised as a navigation', async ({ page }) => {
  await page.goto(`${ORIGIN}/first`);
  const error = await page.evaluate(() => new Promise(() => {})).catch((e: unknown) => e);
  expect(isNavigationError(error)).toBe(true);
  expect(isNavigationError(new Error('TypeError: x is undefined'))).toBe(false);
});

test('waitInPage holds across the navigation and resolves in the next document', async ({ page }) => {
  await page.goto(`${ORIGIN}/first`);
  await waitInPage(page, 'ready', () => (window as unknown as { ready?: boolean }).ready === true, {
    timeout: 5_000,
    fix: 'n/a',
  });
  expect(new URL(page.url()).pathname).toBe('/second');
});

test('readAcrossNavigations reads again in the next document', async ({ page }) => {
  await page.goto(`${ORIGIN}/first`);
  // Never answers in /first (cut short by its navigation), answers at once in /second.
  const value = await readAcrossNavigations(page, () =>
    location.pathname === '/first' ? new Promise<string>(() => {}) : location.pathname,
  );
  expect(value).toBe('/second');
});

test('a step that times out names the step, the URL, that Clerk said nothing, and the fix', async ({ page }) => {
  await page.goto(`${ORIGIN}/second?__clerk_ticket=secret-ticket`);
  const error = await waitInPage(page, 'clerk-js loads', () => false, { timeout: 300, fix: 'Load clerk-js.' }).catch(
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AuthStepError);
  const message = (error as Error).message;
  expect(message).toContain('clerk-js loads: failed');
  expect(message).toContain(`URL:   ${ORIGIN}/second?__clerk_ticket=%5Bredacted%5D`);
  expect(message).toContain('Clerk: no error from Clerk');
  expect(message).toContain('Fix:   Load clerk-js.');
  expect(message).not.toContain('secret-ticket');
});

test("Clerk's API error gives its code and long message; an error without a message still says something", () => {
  const apiError = Object.assign(new Error(''), {
    status: 422,
    errors: [{ code: 'form_identifier_not_found', message: 'not found', longMessage: "Couldn't find your account." }],
  });
  expect(clerkApiFailure(apiError)).toEqual({
    code: 'form_identifier_not_found',
    message: "Couldn't find your account.",
    status: 422,
  });
  const failure = new AuthStepError('sign-in (ticket)', 'about:blank', { message: '' }, 'fix');
  expect(failure.message).toContain('Clerk: no message');
  expect(safeUrl('')).toBe('(no page loaded)');
});
