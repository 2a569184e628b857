// The Clerk outage drill, in the browser: a signed-out visitor's requests to Clerk's Frontend API (the key's host,
// the app's /__clerk proxy, any base clerk-js was seen using) and to the clerk-js / @clerk/ui bundles fail, first
// answered 503, then never answered. Per mode, one context: the sign-in page and the public pages are read once
// with Clerk up (what they show healthy; it also makes the visitor a returning one, so a development instance
// needs no handshake hop through the failing Frontend API), then Clerk goes down and three checks are judged:
// public pages still render, the sign-in page shows a fallback within the budget, protected routes still deny.
import type { Page } from '@playwright/test';
import { ClerkOutage } from '../../src/browser/clerk-outage.ts';
import { clerkBases } from '../../src/browser/clerk-outage-routes.ts';
import {
  judgeOutageFailClosed,
  judgeOutagePublicPages,
  judgeOutageSignInFallback,
  KEPT_SHARE,
  newLines,
  OUTAGE_LABEL,
  shareKept,
  type DeniedAnswer,
  type OutageMode,
  type OutagePage,
} from '../../src/checks/index.ts';
import type { Verdict } from '../../src/checks/index.ts';
import { CLERK_DOWN_SETTINGS } from '../../src/config/profile-clerk-down.ts';
import { check, expect, suiteProfile, test } from '../../fixtures/index.ts';
import { routeRequest, stateChangeSkip } from '../../fixtures/routes.ts';

const profile = suiteProfile();
const { budgetMs, fallback } = profile.clerkDown;
// Cheap by design: a few routes of each kind prove the pattern; the other projects judge every route.
const FEW = 3;
const publicPages = profile.routes.publicPages.slice(0, FEW);
const protectedPages = profile.routes.protectedPages.slice(0, FEW);
const protectedApi = profile.routes.protectedApi.filter((r) => stateChangeSkip(profile, r) === null).slice(0, FEW);
const signInUrl = new URL(profile.paths.signIn, profile.baseURL).href;
const at = (path: string) => new URL(path, profile.baseURL).href;
/** How long a public page may take to show its healthy text again. */
const PAGE_SETTLE_MS = 8_000;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Healthy {
  signIn: string[];
  signInLoaded: boolean;
  pages: Map<string, string[]>;
}

async function readHealthy(outage: ClerkOutage): Promise<Healthy> {
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
  for (const path of publicPages) {
    await outage.visit(at(path), 20_000);
    await outage.clerkLoaded(5_000);
    healthy.pages.set(path, await outage.lines());
  }
  return healthy;
}

/** The evidence goes to the report on a pass too (Clerk's own errors, requests failed), then the verdict is judged. */
function judged(verdict: Verdict): void {
  test.info().annotations.push({ type: 'outage evidence', description: verdict.actual });
  expect(verdict).toPassCheck();
}

/** The fallback showing now: the team's text or selector, else the lines the healthy sign-in page lacks. */
async function fallbackShown(page: Page, now: string[], healthy: string[]): Promise<string[]> {
  if (fallback === null) return newLines(now, healthy);
  if (fallback.kind === 'text') {
    const wanted = fallback.value.toLowerCase();
    return now.join('\n').toLowerCase().includes(wanted) ? now.filter((l) => l.toLowerCase().includes(wanted)) : [];
  }
  const element = page.locator(fallback.value).first();
  if (!(await element.isVisible().catch(() => false))) return [];
  return [(await element.innerText().catch(() => '')) || fallback.value];
}

/** Polls the sign-in page until its fallback shows or the budget is spent (measured from the navigation). */
async function waitForFallback(outage: ClerkOutage, healthySignIn: string[]) {
  const started = Date.now();
  await outage.visit(signInUrl, budgetMs);
  for (;;) {
    const now = await outage.lines();
    const shown = await fallbackShown(outage.page, now, healthySignIn);
    const elapsed = Date.now() - started;
    if (shown.length > 0 || elapsed >= budgetMs)
      return { shown, now, shownAfterMs: shown.length > 0 && elapsed <= budgetMs ? elapsed : null };
    await pause(250);
  }
}

for (const mode of ['503', 'hang'] as const satisfies OutageMode[]) {
  test.describe(OUTAGE_LABEL[mode], () => {
    // One context per mode, its steps in order in one worker; the two modes may run side by side.
    test.describe.configure({ mode: 'default' });
    let outage: ClerkOutage;
    let healthy: Healthy;

    test.beforeAll(async ({ browser }) => {
      test.setTimeout(90_000);
      outage = await ClerkOutage.open(browser, clerkBases(profile.clerk.frontendApi, profile.baseURL));
      healthy = await readHealthy(outage);
      await outage.down(mode);
    });

    test.afterAll(async () => outage?.close());

    test(`${OUTAGE_LABEL[mode]}: public pages still render`, check('recovery.clerk-down.public-pages'), async () => {
      test.skip(publicPages.length === 0, `${profile.routes.setBy.publicPages} is empty: no public page to drill.`);
      outage.reset();
      const pages: OutagePage[] = [];
      for (const path of publicPages) {
        const visit = await outage.visit(at(path));
        const before = healthy.pages.get(path) ?? [];
        const deadline = Date.now() + PAGE_SETTLE_MS;
        let now = await outage.lines();
        while (shareKept(now, before) < KEPT_SHARE && Date.now() < deadline) {
          await pause(250);
          now = await outage.lines();
        }
        pages.push({ path, url: at(path), status: visit.status, finalUrl: outage.page.url(), healthy: before, now });
      }
      const facts = { mode, pages, signIn: profile.paths.signIn, errors: outage.errors, refused: outage.refused };
      judged(judgeOutagePublicPages(facts));
    });

    test(
      `${OUTAGE_LABEL[mode]}: the sign-in page shows a fallback within ${budgetMs} ms`,
      check('recovery.clerk-down.sign-in-fallback'),
      async () => {
        test.setTimeout(budgetMs + 30_000);
        test.skip(/^https?:\/\//.test(profile.paths.signIn), "Sign-in is Clerk's Account Portal: Clerk's own page.");
        outage.reset();
        const { shown, now, shownAfterMs } = await waitForFallback(outage, healthy.signIn);
        const verdict = judgeOutageSignInFallback({
          mode,
          url: signInUrl,
          budgetMs,
          fallback,
          healthyLoaded: healthy.signInLoaded,
          shownAfterMs,
          shown,
          now,
          errors: outage.errors,
          refused: outage.refused,
          setting: CLERK_DOWN_SETTINGS.budgetMs,
        });
        test.skip(verdict.skip !== undefined, verdict.skip ?? '');
        judged(verdict);
      },
    );

    test(
      `${OUTAGE_LABEL[mode]}: protected pages and API routes still deny`,
      check('recovery.clerk-down.fail-closed'),
      async () => {
        test.skip(protectedPages.length + protectedApi.length === 0, 'The profile lists no protected route to drill.');
        outage.reset();
        const answers: DeniedAnswer[] = [];
        for (const path of protectedPages) {
          const visit = await outage.visit(at(path));
          answers.push({ name: `GET ${path}`, url: at(path), kind: 'page', ...visit });
        }
        // The browser's own cookies, as the outage left them; redirects are looked at, not followed.
        for (const route of protectedApi) {
          const answer = await outage.page.request
            .fetch(at(route.path), { ...routeRequest(route), maxRedirects: 0 })
            .catch(() => null);
          const location = answer?.headers().location;
          answers.push({
            name: `${route.method} ${route.path}`,
            url: at(route.path),
            kind: 'api',
            status: answer?.status() ?? null,
            ...(location && { finalUrl: new URL(location, at(route.path)).href }),
          });
        }
        judged(judgeOutageFailClosed({ mode, answers, errors: outage.errors }));
      },
    );
  });
}
