// The instance settings audit (no browser): what the Clerk instance allows, read where clerk-js reads it — the
// Frontend API's /v1/environment through the target's proxy or the key's FAPI host — and, with the secret key,
// the Backend API's GET /v1/instance and /v1/domains; each setting judged against the profile's `instance`
// expectations (src/checks/instance-settings.ts). Read-only: nothing on the instance changes.
import type { APIRequestContext } from '@playwright/test';
import {
  environmentFacts,
  INSTANCE_JUDGES,
  type BackendInstanceFacts,
  type CheckId,
  type InstanceAudit,
} from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { skipUnlessJudged } from '../../fixtures/matchers.ts';
import type { Probe } from '../../fixtures/probe.ts';
import { fapiBaseURL } from '../../src/clerk/clerk-origin.ts';
import { answerPast429 } from '../../src/clerk/clerk-retry.ts';

const profile = suiteProfile();
const FAST = 5_000;

async function readEnvironment(request: APIRequestContext, probe: Probe): Promise<InstanceAudit['environment']> {
  const base = await fapiBaseURL(profile, probe).catch(() => null);
  if (!base) return 'The Frontend API could not be located (neither the target proxy nor the key host answered).';
  const url = `${base}/v1/environment`;
  const response = await answerPast429('GET /v1/environment', () =>
    request.get(url, { timeout: FAST, failOnStatusCode: false }).catch(() => null),
  );
  if (!response) return `${url} could not be reached.`;
  if (!response.ok())
    return `${url} answered ${response.status()} (a development instance needs a dev browser first): not judged.`;
  const body: unknown = await response.json().catch(() => null);
  return body ? environmentFacts(url, body) : `${url} did not answer JSON.`;
}

async function readBackend(request: APIRequestContext): Promise<InstanceAudit['backend']> {
  const secret = profile.clerk.secretKey;
  if (!secret) return 'No CLERK_SECRET_KEY: the Backend API (allowed origins, domains) cannot be read.';
  const headers = { Authorization: `Bearer ${secret.reveal()}` };
  const get = (path: string) =>
    answerPast429(`GET ${path}`, () =>
      request
        .get(`${profile.clerk.apiUrl}${path}`, { headers, timeout: FAST, failOnStatusCode: false })
        .catch(() => null),
    );
  const [instance, domains] = await Promise.all([get('/v1/instance'), get('/v1/domains')]);
  if (!instance?.ok() || !domains?.ok())
    return `The Backend API answered ${instance?.status() ?? 'nothing'} to GET /v1/instance (preflight.secret-key-instance says why).`;
  const body = (await instance.json()) as { environment_type?: string; allowed_origins?: string[] | null };
  const list = (await domains.json()) as { data?: { name?: string }[] };
  const facts: BackendInstanceFacts = {
    url: `${profile.clerk.apiUrl}/v1/instance`,
    environmentType: body.environment_type ?? null,
    allowedOrigins: Array.isArray(body.allowed_origins) ? body.allowed_origins.map(String) : null,
    domains: (list.data ?? []).map((domain) => String(domain.name ?? '').toLowerCase()).filter(Boolean),
  };
  return facts;
}

// Each test reads for itself (a handful of GETs), so a failure's trace holds the answers it was judged on.
async function readAudit(request: APIRequestContext, probe: Probe): Promise<InstanceAudit> {
  const [environment, backend] = await Promise.all([readEnvironment(request, probe), readBackend(request)]);
  return {
    environment,
    backend,
    expect: profile.instance,
    profileEnvironment: profile.environment,
    target: profile.baseURL,
  };
}

// Development keys on a production profile open a development instance, whose type and test mode say nothing
// the keys have not: preflight.production-keys reports that one finding.
const DEV_KEYS_ON_PRODUCTION =
  profile.environment === 'production' && profile.clerk.instanceType === 'development'
    ? 'The keys are development keys on a production profile (preflight.production-keys reports it): the instance they open is a development one by design; judged once the profile has live keys.'
    : null;
const ABOUT_THE_KEYS: readonly CheckId[] = ['preflight.instance-type', 'preflight.instance-test-mode'];

// One test per judge, titled with the claim its verdict makes.
for (const judge of INSTANCE_JUDGES) {
  test(judge.title, check(judge.id), async ({ request, probe }) => {
    test.skip(DEV_KEYS_ON_PRODUCTION !== null && ABOUT_THE_KEYS.includes(judge.id), DEV_KEYS_ON_PRODUCTION ?? '');
    const verdict = judge(await readAudit(request, probe));
    skipUnlessJudged(verdict);
    expect(verdict).toPassCheck();
  });
}
