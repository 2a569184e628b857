// The browser side of signing in and out, made to survive what real apps do around it: a sign-in page that
// sends a signed-in visitor onward as soon as Clerk reports the user, client-side navigation, slow hydration.
// Anything read from the page is read with a wait that outlives navigations (Playwright's waitForFunction
// polls again in each new document); a step that fails says which step, where the browser was, what Clerk
// answered and what to change.
import type { Page } from '@playwright/test';

/** The in-page error shape: Clerk's ClerkAPIResponseError carries `errors[0].code/longMessage` and `status`. */
export interface ClerkFailure {
  code?: string;
  message?: string;
  status?: number;
}

/** A sign-in or sign-out step that did not happen, with everything the user needs to fix it. */
export class AuthStepError extends Error {
  constructor(
    readonly step: string,
    readonly url: string,
    readonly clerk: ClerkFailure | null,
    readonly fix: string,
  ) {
    super(
      [`${step}: failed`, `  URL:   ${safeUrl(url)}`, `  Clerk: ${describeClerk(clerk)}`, `  Fix:   ${fix}`].join('\n'),
    );
    this.name = 'AuthStepError';
  }
}

function describeClerk(clerk: ClerkFailure | null): string {
  if (!clerk) return 'no error from Clerk (the step timed out or the page never reached it)';
  const code = clerk.code ? `${clerk.code}: ` : '';
  const status = clerk.status ? ` (HTTP ${clerk.status})` : '';
  const message = clerk.message?.trim() || 'no message';
  return `${code}${message}${status}`;
}

// Query parameters that carry a credential: a sign-in ticket or a development browser token.
const CREDENTIAL_PARAMS = ['__clerk_ticket', '__clerk_db_jwt', '__clerk_handshake', 'ticket'];

/** The URL with credential-bearing query values replaced, so an error never prints a ticket or token. */
export function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    for (const name of CREDENTIAL_PARAMS)
      if (parsed.searchParams.has(name)) parsed.searchParams.set(name, '[redacted]');
    return parsed.toString();
  } catch {
    return url || '(no page loaded)';
  }
}

/** The errors a page navigation causes in an evaluate that was running in the document it left. */
export function isNavigationError(error: unknown): boolean {
  const message = (error as { message?: unknown } | null)?.message;
  return (
    typeof message === 'string' &&
    /Execution context was destroyed|Cannot find context with specified id|frame was detached|navigating and changing the content|Inspected target navigated/i.test(
      message,
    )
  );
}

/**
 * Waits until `predicate` holds in the page, across any navigations in between (each new document is polled
 * again). Throws an AuthStepError naming `step` when it does not within `timeout`.
 */
export async function waitInPage(
  page: Page,
  step: string,
  predicate: () => unknown,
  options: { timeout: number; fix: string },
): Promise<void> {
  try {
    await page.waitForFunction(predicate, undefined, { timeout: options.timeout, polling: 100 });
  } catch (error) {
    if (page.isClosed()) throw error;
    throw new AuthStepError(step, page.url(), null, options.fix);
  }
}

/**
 * Evaluates `fn` in the page; when a navigation destroys the document mid-call, waits for the next document
 * and evaluates again, until `timeout`. For reads that are safe to repeat.
 */
export async function readAcrossNavigations<R>(page: Page, fn: () => R | Promise<R>, timeout = 15_000): Promise<R> {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      return await page.evaluate(fn);
    } catch (error) {
      if (!isNavigationError(error) || Date.now() > deadline) throw error;
      await page.waitForLoadState('domcontentloaded').catch(() => {});
    }
  }
}
