// Keys and environment, before anything else: fast, no browser (Playwright's request context only, short
// timeouts). A production profile needs live keys, the publishable key's Frontend API must belong to the
// target (or be proxied by it), the secret key must belong to the same instance (the Backend API says so),
// and the webhook secret must be set and well-formed.
import { checkWebhookSecret } from '../../src/config/clerk-keys.ts';
import {
  judgeFapiHost,
  judgeProductionKeys,
  judgeSecretKeyInstance,
  judgeWebhookSecret,
  type BapiInstanceFacts,
} from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { skipUnlessJudged } from '../../fixtures/matchers.ts';
import { NO_WEBHOOK_ENDPOINT } from '../../fixtures/webhook-test.ts';
import { proxyProbePath } from '../../src/clerk/clerk-origin.ts';
import { answerPast429 } from '../../src/clerk/clerk-retry.ts';

const profile = suiteProfile();
const FAST = 3_000;
const secretKind = (value: string | undefined) =>
  value === undefined ? undefined : value.startsWith('sk_live_') ? 'production' : 'development';

test('keys -> live keys on a production profile', check('preflight.production-keys'), () => {
  expect(
    judgeProductionKeys({
      environment: profile.environment,
      publishableKind: profile.clerk.instanceType,
      secretKind: secretKind(profile.clerk.secretKey?.reveal()),
      target: profile.baseURL,
    }),
  ).toPassCheck();
});

test('publishable key -> Frontend API of this target', check('preflight.fapi-host'), async ({ probe }) => {
  const proxyProbe = await probe(proxyProbePath(), { timeout: FAST }).catch(() => undefined);
  expect(
    judgeFapiHost({
      frontendApi: profile.clerk.frontendApi,
      instanceKind: profile.clerk.instanceType,
      target: profile.baseURL,
      proxyProbe,
    }),
  ).toPassCheck();
});

test(
  'secret key -> same instance as the publishable key',
  check('preflight.secret-key-instance'),
  async ({ request }) => {
    const secret = profile.clerk.secretKey;
    test.skip(!secret, 'No CLERK_SECRET_KEY: nothing to compare.');
    const headers = { Authorization: `Bearer ${secret!.reveal()}` };
    // Unreachable (DNS, refused, timeout) becomes status 0: the verdict says so instead of a stack trace.
    // Clerk's 429s are waited out (Retry-After honoured, annotated as rate limiting), never a verdict.
    const get = (path: string) =>
      answerPast429(`GET ${path}`, () =>
        request
          .get(`${profile.clerk.apiUrl}${path}`, { headers, timeout: FAST, failOnStatusCode: false })
          .catch(() => null),
      );
    const domains = await get('/v1/domains');
    const bapi: BapiInstanceFacts = { status: domains?.status() ?? 0, frontendApiHosts: [], proxyUrls: [] };
    if (domains?.ok()) {
      const body = (await domains.json()) as { data?: { frontend_api_url?: string; proxy_url?: string | null }[] };
      for (const domain of body.data ?? []) {
        if (domain.frontend_api_url) bapi.frontendApiHosts.push(new URL(domain.frontend_api_url).host);
        if (domain.proxy_url) bapi.proxyUrls.push(domain.proxy_url);
      }
      const instance = await get('/v1/instance');
      if (instance?.ok())
        bapi.environmentType = ((await instance.json()) as { environment_type?: string }).environment_type;
    }
    expect(
      judgeSecretKeyInstance({
        frontendApi: profile.clerk.frontendApi,
        publishableKind: profile.clerk.instanceType,
        apiUrl: profile.clerk.apiUrl,
        bapi,
      }),
    ).toPassCheck();
  },
);

test('webhook signing secret -> set and well-formed', check('preflight.webhook-secret'), () => {
  test.skip(profile.webhook.path === null, NO_WEBHOOK_ENDPOINT);
  const secret = profile.webhook.secret?.reveal();
  const checked = secret === undefined ? undefined : checkWebhookSecret(secret);
  const verdict = judgeWebhookSecret({
    environment: profile.environment,
    configured: secret !== undefined,
    ...(checked && !checked.ok && { problem: checked.problem }),
    target: profile.baseURL,
  });
  skipUnlessJudged(verdict);
  expect(verdict).toPassCheck();
});
