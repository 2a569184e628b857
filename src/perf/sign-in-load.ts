// The sign-in page as a first-time visitor loads it: a fresh browser context per load (no cache, no cookies),
// timed by the page itself: time to first byte from the Navigation Timing entry (redirects and Clerk's
// handshake hops included) and the moment window.Clerk.loaded turns true, both from the start of navigation.
import type { Browser, Page } from '@playwright/test';
import type { LatencySample } from '../checks/latency.ts';

export const SIGN_IN_LOADS = 3;
const CLERK_LOAD_TIMEOUT_MS = 15_000;

export interface SignInLoads {
  ttfb: LatencySample[];
  clerkLoaded: LatencySample[];
}

/** ms from navigation start until Clerk is loaded, read in the page; null when it never loads. */
async function clerkLoadedAt(page: Page): Promise<number | null> {
  const wait = () =>
    page.evaluate(
      (timeout) =>
        new Promise<number | null>((resolve) => {
          const w = window as { Clerk?: { loaded?: boolean } };
          const tick = () => {
            if (w.Clerk?.loaded === true) resolve(performance.now());
            else if (performance.now() > timeout) resolve(null);
            else setTimeout(tick, 10);
          };
          tick();
        }),
      CLERK_LOAD_TIMEOUT_MS,
    );
  // The page may still navigate (a handshake hop finishing): read again on the document it lands on.
  return wait().catch(async () => {
    await page.waitForLoadState('domcontentloaded');
    return wait();
  });
}

async function ttfbOf(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [entry] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
    return entry ? entry.responseStart - entry.startTime : Number.NaN;
  });
}

export async function loadSignInPage(browser: Browser, url: string, loads = SIGN_IN_LOADS): Promise<SignInLoads> {
  const result: SignInLoads = { ttfb: [], clerkLoaded: [] };
  for (let i = 0; i < loads; i++) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const response = await page.goto(url, { waitUntil: 'commit' });
      const loadedAt = await clerkLoadedAt(page);
      const ttfb = await ttfbOf(page);
      result.ttfb.push({ ms: ttfb, ok: Number.isFinite(ttfb) && (response?.status() ?? 0) < 400 });
      result.clerkLoaded.push({ ms: loadedAt ?? CLERK_LOAD_TIMEOUT_MS, ok: loadedAt !== null });
    } finally {
      await context.close();
    }
  }
  return result;
}
