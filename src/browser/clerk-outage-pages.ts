// What the Clerk outage drill reads in its context (clerk-outage.ts): the pages with Clerk up (the healthy text
// the outage is compared with), a public page until its healthy text is back, and the sign-in page until its
// fallback shows or the budget is spent.
import type { Page } from '@playwright/test';
import { KEPT_SHARE, newLines, shareKept } from '../checks/index.ts';
import type { ClerkDownSettings } from '../config/types.ts';
import type { ClerkOutage, Visit } from './clerk-outage.ts';

/** How long a public page may take to show its healthy text again. */
const PAGE_SETTLE_MS = 8_000;
const POLL_MS = 250;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface Healthy {
  signIn: string[];
  /** Clerk loaded on the sign-in page. */
  signInLoaded: boolean;
  /** Public page URL -> its lines. */
  pages: Map<string, string[]>;
}

/** The sign-in page (Clerk loaded, its form drawn) and the public pages, with Clerk up. */
export async function readHealthy(outage: ClerkOutage, signInUrl: string, pageUrls: string[]): Promise<Healthy> {
  await outage.visit(signInUrl, 20_000);
  const signInLoaded = await outage.clerkLoaded(15_000);
  // Clerk's form renders a moment after Clerk loads; its text is then part of the healthy page.
  await outage.page
    .locator('.cl-rootBox, .cl-signIn-root')
    .first()
    .waitFor({ timeout: 5_000 })
    .catch(() => undefined);
  await outage.learnScripts();
  const healthy: Healthy = { signIn: await outage.lines(), signInLoaded, pages: new Map() };
  for (const url of pageUrls) {
    await outage.visit(url, 20_000);
    await outage.clerkLoaded(5_000);
    healthy.pages.set(url, await outage.lines());
  }
  return healthy;
}

/** A public page during the outage, read until it shows enough of its healthy text (or the settle time is up). */
export async function readPublicPage(outage: ClerkOutage, url: string, healthy: string[]) {
  const visit: Visit = await outage.visit(url);
  const deadline = Date.now() + PAGE_SETTLE_MS;
  let now = await outage.lines();
  while (shareKept(now, healthy) < KEPT_SHARE && Date.now() < deadline) {
    await pause(POLL_MS);
    now = await outage.lines();
  }
  return { status: visit.status, finalUrl: outage.page.url(), now };
}

/** The fallback showing now: the team's text or selector, else the lines the healthy sign-in page lacks. */
async function fallbackShown(
  page: Page,
  now: string[],
  healthy: string[],
  fallback: ClerkDownSettings['fallback'],
): Promise<string[]> {
  if (fallback === null) return newLines(now, healthy);
  if (fallback.kind === 'text') {
    const wanted = fallback.value.toLowerCase();
    if (!now.join(' ').toLowerCase().includes(wanted)) return [];
    const lines = now.filter((line) => line.toLowerCase().includes(wanted));
    return lines.length > 0 ? lines : [fallback.value];
  }
  const element = page.locator(fallback.value).first();
  if (!(await element.isVisible().catch(() => false))) return [];
  return [(await element.innerText().catch(() => '')) || fallback.value];
}

/** Polls the sign-in page until its fallback shows or the budget is spent (measured from the navigation). */
export async function waitForFallback(
  outage: ClerkOutage,
  signInUrl: string,
  healthySignIn: string[],
  { budgetMs, fallback }: ClerkDownSettings,
) {
  const started = Date.now();
  await outage.visit(signInUrl, budgetMs);
  for (;;) {
    const now = await outage.lines();
    const shown = await fallbackShown(outage.page, now, healthySignIn, fallback);
    const elapsed = Date.now() - started;
    if (shown.length > 0 || elapsed >= budgetMs)
      return { shown, now, shownAfterMs: shown.length > 0 && elapsed <= budgetMs ? elapsed : null };
    await pause(POLL_MS);
  }
}
