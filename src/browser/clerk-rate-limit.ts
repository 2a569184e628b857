// clerk-js does not load when the Frontend API answers its first calls (/v1/environment, /v1/client) with a
// 429: the page stays without Clerk. A check must not judge a page Clerk rate-limited (that is the suite asking
// fast, not the app failing), so the page is opened again once the Retry-After has passed, and the wait is
// annotated on the test as rate limiting, as withClerkRetry does for the Backend API (src/clerk/clerk-retry.ts).
import { test, type Locator, type Page } from '@playwright/test';

/** The Frontend API calls clerk-js makes while it loads, on the FAPI host or through a proxy path. */
const LOADING_CALLS = /\/v1\/(environment|client)(\/|$)/;
const TRIES = 4;
const DEFAULT_WAIT_MS = 1_000;

interface Watcher {
  count: number;
  retryAfterMs: number;
}
const watchers = new WeakMap<Page, Watcher>();

/** One watcher per page, from the first call on: the Frontend API's 429s the page has seen. */
function watch429s(page: Page): Watcher {
  const known = watchers.get(page);
  if (known) return known;
  const watcher: Watcher = { count: 0, retryAfterMs: DEFAULT_WAIT_MS };
  watchers.set(page, watcher);
  page.on('response', (response) => {
    if (response.status() !== 429 || !LOADING_CALLS.test(new URL(response.url()).pathname)) return;
    watcher.count += 1;
    const seconds = Number(response.headers()['retry-after']);
    watcher.retryAfterMs = Number.isFinite(seconds) && seconds > 0 ? Math.min(seconds * 1000, 10_000) : DEFAULT_WAIT_MS;
  });
  return watcher;
}

/** The Frontend API 429s `page` has seen so far (watching from now on): a mark for openPastClerk429s' `since`. */
export function clerk429sSeen(page: Page): number {
  return watch429s(page).count;
}

/**
 * Runs `open` (navigate, then wait for what the check needs from Clerk; true when it got it). When it did not
 * and the Frontend API answered clerk-js 429 meanwhile, waits out Retry-After and runs it again (at most
 * TRIES times in all). Resolves to open's last answer. `since` (from clerk429sSeen) counts the 429s the page saw
 * before this call too.
 */
export async function openPastClerk429s(
  page: Page,
  open: () => Promise<boolean>,
  options: { since?: number } = {},
): Promise<boolean> {
  const seen = watch429s(page);
  for (let attempt = 1; ; attempt++) {
    // The first attempt also counts the 429s since the caller's mark (a page already opened before).
    const before = attempt === 1 ? (options.since ?? seen.count) : seen.count;
    if (await open()) return true;
    if (seen.count === before || attempt >= TRIES) return false;
    const wait = seen.retryAfterMs;
    test.info().annotations.push({
      type: 'rate-limited',
      description: `Clerk's Frontend API answered clerk-js 429 on ${page.url()}; opened again after ${wait} ms (attempt ${attempt + 1}).`,
    });
    await page.waitForTimeout(wait);
  }
}

/**
 * openPastClerk429s for the usual case: open `path`, then wait for `ready` (a locator, or a wait that rejects
 * when it gives up); true once it resolved.
 */
export function gotoPastClerk429s(
  page: Page,
  path: string,
  ready: Locator | (() => Promise<unknown>),
  timeout = 15_000,
): Promise<boolean> {
  const wait = typeof ready === 'function' ? ready : () => ready.waitFor({ timeout });
  return openPastClerk429s(page, async () => {
    await page.goto(path);
    return wait().then(
      () => true,
      () => false,
    );
  });
}
