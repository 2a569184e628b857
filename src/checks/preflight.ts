// Keys and environment, judged before anything else runs (tests/preflight: fast, no browser). Inputs are
// facts the test gathered (key kinds, the Frontend API host, a probe of the target's proxy path, the Backend
// API's answer); secret values never reach a Verdict.
import { describeResponse, type ResponseEvidence } from './evidence.ts';
import type { Verdict } from './verdict.ts';

type Kind = 'development' | 'production';

export function judgeProductionKeys(facts: {
  environment: string;
  publishableKind: Kind;
  secretKind?: Kind;
  target: string;
}): Verdict {
  const wrong = [
    facts.publishableKind !== 'production' ? 'the publishable key is pk_test_' : '',
    facts.secretKind === 'development' ? 'the secret key is sk_test_' : '',
    facts.secretKind === undefined ? 'no secret key is set' : '',
  ].filter(Boolean);
  const base = {
    id: 'preflight.production-keys',
    title: `${facts.environment} profile -> live keys`,
    url: facts.target,
    expected:
      facts.environment === 'production'
        ? 'pk_live_ and sk_live_ keys (the production instance)'
        : 'keys of any instance (the profile is not production)',
    actual: `${facts.publishableKind === 'production' ? 'pk_live_' : 'pk_test_'} + ${facts.secretKind === undefined ? 'no secret key' : facts.secretKind === 'production' ? 'sk_live_' : 'sk_test_'}`,
  } as const;
  if (facts.environment !== 'production') return { ...base, pass: true, fix: '' };
  return wrong.length === 0
    ? { ...base, pass: true, fix: '' }
    : {
        ...base,
        pass: false,
        fix: `${wrong.join(' and ')}: a production deploy needs the keys of the production instance (Clerk Dashboard → switch to Production → API keys), set in the host's production environment. Development instances show a dev banner, use dev-browser cookies and have low rate limits.`,
      };
}

/** The registrable part a production FAPI host shares with the app: clerk.example.com -> example.com. */
function appDomainOf(fapiHost: string): string {
  return fapiHost.replace(/^clerk\./, '');
}

export function judgeFapiHost(facts: {
  frontendApi: string;
  instanceKind: Kind;
  target: string;
  proxyProbe?: ResponseEvidence;
}): Verdict {
  const targetHost = new URL(facts.target).hostname;
  const proxied =
    facts.proxyProbe !== undefined &&
    facts.proxyProbe.status === 200 &&
    /"auth_config"|"display_config"/.test(facts.proxyProbe.bodyExcerpt);
  const domain = appDomainOf(facts.frontendApi.split('/')[0] ?? '');
  const sameSite = targetHost === domain || targetHost.endsWith(`.${domain}`);
  const base = {
    id: 'preflight.fapi-host',
    title: `publishable key -> Frontend API ${facts.frontendApi}`,
    url: facts.target,
    expected: `a Frontend API host under ${targetHost}'s domain (clerk.<domain>), or FAPI proxied by the target (${facts.proxyProbe ? new URL(facts.proxyProbe.url).pathname : '/__clerk/v1/environment'})`,
    actual: `${facts.frontendApi}${proxied ? '; the target proxies FAPI' : facts.proxyProbe ? `; proxy probe: ${describeResponse(facts.proxyProbe)}` : ''}`,
  } as const;
  if (facts.instanceKind === 'development') {
    return {
      ...base,
      pass: true,
      fix:
        proxied || sameSite
          ? ''
          : 'A development instance uses Clerk-hosted FAPI (*.clerk.accounts.dev): fine for staging, ' +
            'not for production.',
    };
  }
  if (sameSite || proxied) return { ...base, pass: true, fix: '' };
  return {
    ...base,
    pass: false,
    fix: `The production key points at ${facts.frontendApi}, which is not on ${targetHost}'s domain and the target does not proxy FAPI: use the keys of the production instance created for this domain, or set up the FAPI proxy (proxyUrl / frontendApiProxy) and its DNS.`,
  };
}

export interface BapiInstanceFacts {
  /** Status of GET /v1/domains with the secret key. */
  status: number;
  frontendApiHosts: string[];
  proxyUrls: string[];
  environmentType?: string;
}

export function judgeSecretKeyInstance(facts: {
  frontendApi: string;
  publishableKind: Kind;
  apiUrl: string;
  bapi: BapiInstanceFacts;
}): Verdict {
  const { bapi } = facts;
  const base = {
    id: 'preflight.secret-key-instance',
    title: 'secret key -> same instance as the publishable key',
    url: `${facts.apiUrl}/v1/domains`,
    expected: `the Backend API (with the secret key) lists ${facts.frontendApi} as the instance's Frontend API, instance type ${facts.publishableKind}`,
    actual:
      bapi.status === 200
        ? `domains: ${bapi.frontendApiHosts.join(', ') || '(none)'}${bapi.environmentType ? `; instance: ${bapi.environmentType}` : ''}`
        : `GET /v1/domains answered ${bapi.status}`,
  } as const;
  if (bapi.status === 401 || bapi.status === 403) {
    return {
      ...base,
      pass: false,
      fix:
        'The Backend API rejects the secret key: it was rotated or mistyped. Copy the current one ' +
        'from Clerk Dashboard → API keys of the same instance as the publishable key.',
    };
  }
  if (bapi.status === 0)
    return {
      ...base,
      actual: 'the Backend API could not be reached',
      pass: false,
      fix: `Nothing answered at ${facts.apiUrl}: check CLERK_API_URL (default https://api.clerk.com) and the network, then rerun.`,
    };
  if (bapi.status !== 200)
    return {
      ...base,
      pass: false,
      fix: `The Backend API answered ${bapi.status}: check CLERK_API_URL and the network, then rerun.`,
    };
  const fapiHost = facts.frontendApi.split('/')[0] ?? '';
  const matches =
    bapi.frontendApiHosts.includes(fapiHost) || bapi.proxyUrls.some((url) => url.includes(facts.frontendApi));
  const typeMatches = bapi.environmentType === undefined || bapi.environmentType === facts.publishableKind;
  if (matches && typeMatches) return { ...base, pass: true, fix: '' };
  return {
    ...base,
    pass: false,
    fix:
      'The secret key belongs to another Clerk instance than the publishable key (sessions from ' +
      'one are rejected by the other): copy both keys from the same instance in Clerk Dashboard → ' +
      'API keys.',
  };
}

export function judgeWebhookSecret(facts: {
  environment: string;
  configured: boolean;
  problem?: string;
  target: string;
}): Verdict {
  const base = {
    id: 'preflight.webhook-secret',
    title: 'webhook signing secret -> set and well-formed',
    url: facts.target,
    expected: 'CLERK_WEBHOOK_SIGNING_SECRET set to a whsec_ secret of at least 24 bytes',
    actual: facts.problem ?? (facts.configured ? 'set, well-formed' : 'not set'),
  } as const;
  if (facts.problem) return { ...base, pass: false, fix: `CLERK_WEBHOOK_SIGNING_SECRET ${facts.problem}.` };
  if (facts.configured) return { ...base, pass: true, fix: '' };
  const fix =
    'Set CLERK_WEBHOOK_SIGNING_SECRET to the Signing Secret of the endpoint (Clerk Dashboard → ' +
    'Webhooks), in the app and here; an app that does not use webhooks can mark this check as ' +
    'not applicable.';
  return facts.environment === 'production'
    ? { ...base, pass: false, fix }
    : {
        ...base,
        pass: false,
        fix: '',
        skip: `No webhook secret configured (${facts.environment} profile): nothing to judge.`,
      };
}
