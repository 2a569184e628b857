// The Clerk outage drill, in the browser: a signed-out visitor's requests to Clerk's Frontend API (the key's host,
// the app's /__clerk proxy, any base clerk-js was seen using) and to the clerk-js / @clerk/ui bundles fail, first
// answered 503, then never answered. Per mode, one context: the sign-in page and the public pages are read once
// with Clerk up (what they show healthy; it also makes the visitor a returning one, so a development instance
// needs no handshake hop through the failing Frontend API), then Clerk goes down and three checks are judged:
// public pages still render, the sign-in page shows a fallback within the budget, protected routes still deny.
import { ClerkOutage } from '../../src/browser/clerk-outage.ts';
import { readHealthy, readPublicPage, waitForFallback, type Healthy } from '../../src/browser/clerk-outage-pages.ts';
import { clerkBases } from '../../src/browser/clerk-outage-routes.ts';
import {
  judgeOutageFailClosed,
  judgeOutagePublicPages,
  judgeOutageSignInFallback,
  OUTAGE_LABEL,
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

/** The evidence goes to the report on a pass too (Clerk's own errors, requests failed), then the verdict is judged. */
function judged(verdict: Verdict): void {
  test.info().annotations.push({ type: 'outage evidence', description: verdict.actual });
  expect(verdict).toPassCheck();
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
      healthy = await readHealthy(outage, signInUrl, publicPages.map(at));
      await outage.down(mode);
    });

    test.afterAll(async () => outage?.close());

    test(`${OUTAGE_LABEL[mode]}: public pages still render`, check('recovery.clerk-down.public-pages'), async () => {
      test.skip(publicPages.length === 0, `${profile.routes.setBy.publicPages} is empty: no public page to drill.`);
      outage.reset();
      const pages: OutagePage[] = [];
      for (const path of publicPages) {
        const before = healthy.pages.get(at(path)) ?? [];
        const { status, finalUrl, now } = await readPublicPage(outage, at(path), before);
        pages.push({ path, url: at(path), status, finalUrl, healthy: before, now });
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
        const { shown, now, shownAfterMs } = await waitForFallback(
          outage,
          signInUrl,
          healthy.signIn,
          profile.clerkDown,
        );
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
