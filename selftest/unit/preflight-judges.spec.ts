// Preflight judges (keys and environment) on canned facts, and the reference apps' header list kept equal
// in targets/shared/security-headers.ts and the self-contained copy in targets/nextjs/next.config.ts.
import { expect, test } from '@playwright/test';
import {
  judgeFapiHost,
  judgeProductionKeys,
  judgeSecretKeyInstance,
  judgeWebhookSecret,
} from '../../src/checks/index.ts';
import nextConfig from '../../targets/nextjs/next.config.ts';
import { SECURITY_HEADERS, securityHeaders } from '../../targets/shared/security-headers.ts';
import { evidence } from './helpers.ts';

const target = 'https://app.example.com';

test('preflight.production-keys: a production profile needs pk_live_ and sk_live_', () => {
  expect(
    judgeProductionKeys({ environment: 'production', publishableKind: 'production', secretKind: 'production', target })
      .pass,
  ).toBe(true);
  const testKeys = judgeProductionKeys({
    environment: 'production',
    publishableKind: 'development',
    secretKind: 'development',
    target,
  });
  expect(testKeys).toMatchObject({ id: 'preflight.production-keys', pass: false });
  expect(testKeys.fix).toContain('pk_test_');
  expect(
    judgeProductionKeys({ environment: 'staging', publishableKind: 'development', secretKind: 'development', target })
      .pass,
  ).toBe(true);
});

test("preflight.fapi-host: the key's host is on the target's domain, or the target proxies FAPI", () => {
  expect(judgeFapiHost({ frontendApi: 'clerk.example.com', instanceKind: 'production', target }).pass).toBe(true);
  expect(judgeFapiHost({ frontendApi: 'clerk.other.com', instanceKind: 'production', target }).pass).toBe(false);
  const proxyProbe = evidence({ url: `${target}/__clerk/v1/environment`, bodyExcerpt: '{"auth_config":{}}' });
  expect(judgeFapiHost({ frontendApi: 'clerk.other.com', instanceKind: 'production', target, proxyProbe }).pass).toBe(
    true,
  );
  expect(judgeFapiHost({ frontendApi: 'x.clerk.accounts.dev', instanceKind: 'development', target }).pass).toBe(true);
});

test('preflight.secret-key-instance: the Backend API must list the same Frontend API', () => {
  const base = {
    frontendApi: 'clerk.example.com',
    publishableKind: 'production' as const,
    apiUrl: 'https://api.clerk.com',
  };
  expect(
    judgeSecretKeyInstance({
      ...base,
      bapi: { status: 200, frontendApiHosts: ['clerk.example.com'], proxyUrls: [], environmentType: 'production' },
    }).pass,
  ).toBe(true);
  expect(
    judgeSecretKeyInstance({ ...base, bapi: { status: 200, frontendApiHosts: ['clerk.other.com'], proxyUrls: [] } })
      .pass,
  ).toBe(false);
  expect(
    judgeSecretKeyInstance({
      ...base,
      bapi: { status: 200, frontendApiHosts: ['clerk.example.com'], proxyUrls: [], environmentType: 'development' },
    }).pass,
  ).toBe(false);
  expect(judgeSecretKeyInstance({ ...base, bapi: { status: 401, frontendApiHosts: [], proxyUrls: [] } }).fix).toContain(
    'rejects the secret key',
  );
});

test('preflight.webhook-secret: missing fails in production, is not judged elsewhere; a malformed one fails', () => {
  expect(judgeWebhookSecret({ environment: 'production', configured: false, target }).pass).toBe(false);
  expect(judgeWebhookSecret({ environment: 'development', configured: false, target }).skip).toBeDefined();
  expect(
    judgeWebhookSecret({ environment: 'production', configured: true, problem: 'must start with whsec_', target }).pass,
  ).toBe(false);
  expect(judgeWebhookSecret({ environment: 'production', configured: true, target }).pass).toBe(true);
});

test(
  "the reference apps' headers: next.config.ts's static copy equals SECURITY_HEADERS, and no " +
    'fault means all of them',
  async () => {
    const rules = (await nextConfig.headers?.()) ?? [];
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule.headers).toEqual(SECURITY_HEADERS.map(({ key, value }) => ({ key, value })));
    delete process.env.CGL_FAULTS;
    expect(securityHeaders()).toEqual(SECURITY_HEADERS);
  },
);
