// Auth latency budgets, measured (not timed tests): a protected API route signed in (Clerk's middleware
// verifies the token on each request), the sign-in page (time to first byte, Clerk loaded) and a Frontend API
// round trip, as p50 / p95 against the profile's budgets. The HTTP measures run as a bounded burst, or as a
// handful of sequential requests on a production profile that has not opted in (src/perf/timed-requests.ts).
import { judgeLatency, latencyResult, type LatencyMeasure } from '../../src/checks/index.ts';
import { BUDGET_SETTINGS } from '../../src/config/profile-latency.ts';
import { fapiBaseURL } from '../../src/clerk/clerk-origin.ts';
import { loadSignInPage } from '../../src/perf/sign-in-load.ts';
import { recordLatency } from '../../src/perf/record.ts';
import { planFor, timeRequests } from '../../src/perf/timed-requests.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { routeRequest, stateChangeSkip } from '../../fixtures/routes.ts';

const profile = suiteProfile();
const { budgets } = profile.latency;
const plan = planFor(profile.latency);
// The first protected route that is safe to call many times: a read, or a write the profile allows.
const route = profile.routes.protectedApi.find((r) => r.method === 'GET' && stateChangeSkip(profile, r) === null);

/** The measures' table rows and chart go to the report before the verdicts fail the test. */
async function judge(measures: LatencyMeasure[]): Promise<void> {
  await recordLatency(measures.map(latencyResult));
  const verdicts = measures.map(judgeLatency);
  const unjudged = verdicts.filter((v) => v.skip);
  test.skip(unjudged.length === verdicts.length, unjudged.map((v) => v.skip).join(' '));
  for (const verdict of verdicts.filter((v) => !v.skip)) expect.soft(verdict).toPassCheck();
}

test.describe('latency budgets', () => {
  // One after another in one worker: a burst measures the target, not the suite's other burst beside it. A
  // burst may run its whole duration after a slow warm-up; the browser loads are sequential.
  test.describe.configure({ mode: 'default', timeout: 60_000 });

  test(
    `${route ? `${route.method} ${route.path}` : 'protected API'} signed in -> p95 within budget`,
    check('performance.latency.protected-api'),
    async ({ signedOutRequest, user }) => {
      test.skip(!route, 'The profile lists no GET protected API route to time (routes.protectedApi).');
      const target = route!;
      const samples = await timeRequests(plan, async () => {
        const request = routeRequest(target, { authorization: `Bearer ${await user.token()}` });
        const response = await signedOutRequest.fetch(target.path, { ...request, maxRedirects: 0 });
        const ok = target.allowed.includes(response.status());
        await response.dispose();
        return ok;
      });
      await judge([
        {
          check: 'performance.latency.protected-api',
          what: `${target.method} ${target.path} signed in`,
          url: new URL(target.path, profile.baseURL).href,
          samples,
          plan,
          budgetMs: budgets.api,
          setting: BUDGET_SETTINGS.api,
        },
      ]);
    },
  );

  test(
    'sign-in page -> time to first byte and Clerk loaded within budget',
    check('performance.latency.sign-in-page', '@browser'),
    async ({ browser }) => {
      const loads = await loadSignInPage(browser, profile.paths.signIn);
      const url = new URL(profile.paths.signIn, profile.baseURL).href;
      const sequential = { mode: 'sequential', concurrency: 1 } as const;
      await judge([
        {
          check: 'performance.latency.sign-in-page',
          what: 'sign-in page time to first byte',
          url,
          samples: loads.ttfb,
          plan: sequential,
          budgetMs: budgets.signInTtfb,
          setting: BUDGET_SETTINGS.signInTtfb,
        },
        {
          check: 'performance.latency.sign-in-page',
          what: 'sign-in page until Clerk is loaded',
          url,
          samples: loads.clerkLoaded,
          plan: sequential,
          budgetMs: budgets.clerkLoaded,
          setting: BUDGET_SETTINGS.clerkLoaded,
        },
      ]);
    },
  );

  test(
    'Frontend API round trip -> p95 within budget',
    check('performance.latency.fapi'),
    async ({ probe, signedOutRequest }) => {
      const url = `${await fapiBaseURL(profile, probe)}/v1/environment`;
      const samples = await timeRequests(plan, async () => {
        const response = await signedOutRequest.get(url, { maxRedirects: 0, failOnStatusCode: false });
        await response.dispose();
        return response.status() === 200;
      });
      await judge([
        {
          check: 'performance.latency.fapi',
          what: `GET ${new URL(url).pathname} (Frontend API)`,
          url,
          samples,
          plan,
          budgetMs: budgets.fapi,
          setting: BUDGET_SETTINGS.fapi,
        },
      ]);
    },
  );
});
