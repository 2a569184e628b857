// preflight.fapi-proxy-ssrf on canned answers: a canary hit or a canary's answer fails; on an arbitrary target a
// proxy that failed to fetch the .invalid host fails (judged from the response only); Clerk's answer, Next's 308
// and the fixed proxy's refusal pass; no proxy at /__clerk skips.
import { expect, test } from '@playwright/test';
import { CANARY_MARKER, judgeFapiProxySsrf, type ProxySsrfFacts } from '../../src/checks/index.ts';
import { evidence } from './helpers.ts';

const control = evidence({
  url: 'https://app.example.com/__clerk/v1/environment',
  bodyExcerpt: '{"object":"environment","auth_config":{}}',
});
const crafted = (status: number, bodyExcerpt: string, headers: Record<string, string> = {}) =>
  evidence({
    url: 'https://app.example.com/__clerk//cgl-ssrf-1a2b.invalid/cgl-ssrf-probe/v1/environment',
    status,
    bodyExcerpt,
    headers,
  });
const facts = (partial: Partial<ProxySsrfFacts>): ProxySsrfFacts => ({
  proxyPath: '/__clerk',
  control,
  foreignHost: 'cgl-ssrf-1a2b.invalid',
  ...partial,
});

test('preflight.fapi-proxy-ssrf: the canary received the request -> fail, saying the key went along', () => {
  const verdict = judgeFapiProxySsrf(
    facts({
      foreignHost: '127.0.0.1:4000',
      crafted: crafted(200, CANARY_MARKER),
      canary: { hits: 1, secretKeyHeader: true },
    }),
  );
  expect(verdict.pass).toBe(false);
  expect(verdict.fix).toContain('canary received 1 request, with a Clerk-Secret-Key header');
  expect(verdict.fix).toContain('3.2.3');
});

test('preflight.fapi-proxy-ssrf: a canary that saw nothing and Clerk answering -> pass', () => {
  const verdict = judgeFapiProxySsrf(
    facts({
      crafted: crafted(404, '{"errors":[{"code":"resource_not_found"}]}'),
      canary: { hits: 0, secretKeyHeader: false },
    }),
  );
  expect(verdict.pass).toBe(true);
  expect(verdict.expected).toContain('local canary');
});

test('preflight.fapi-proxy-ssrf: an arbitrary target whose proxy failed to fetch the .invalid host -> fail', () => {
  const body =
    '{"errors":[{"code":"proxy_request_failed","message":"Failed to proxy request to Clerk FAPI: fetch failed"}]}';
  const verdict = judgeFapiProxySsrf(facts({ crafted: crafted(502, body) }));
  expect(verdict.pass).toBe(false);
  expect(verdict.fix).toContain('judged from the response only');
});

test("preflight.fapi-proxy-ssrf: the fixed proxy's refusal, Next's 308, Clerk's 404 -> pass (response only)", () => {
  const refused =
    '{"errors":[{"code":"proxy_request_failed","message":"Resolved target does not match the expected host"}]}';
  const redirect = crafted(308, '', { location: '/__clerk/cgl-ssrf-1a2b.invalid/cgl-ssrf-probe/v1/environment' });
  for (const answer of [crafted(400, refused), redirect, crafted(404, '{"errors":[]}')]) {
    const verdict = judgeFapiProxySsrf(facts({ crafted: answer }));
    expect(verdict.pass).toBe(true);
    expect(verdict.expected).toContain('judged from the response only');
  }
});

test('preflight.fapi-proxy-ssrf: no Frontend API proxy at /__clerk -> skip', () => {
  const verdict = judgeFapiProxySsrf(facts({ control: evidence({ status: 404, bodyExcerpt: 'Not found' }) }));
  expect(verdict.skip).toContain('does not proxy');
});
