// Where the browser reaches Clerk's Frontend API for this target: the target itself when it proxies FAPI
// (Clerk's proxy answers <target>/__clerk/v1/environment), else https://<host in the publishable key>.
import type { Profile } from '../../src/config/index.ts';
import type { Probe } from '../../fixtures/probe.ts';

/** The proxy path Clerk's SDKs use by default (frontendApiProxy / proxyUrl: '/__clerk'). */
export const FAPI_PROXY_PATH = '/__clerk';

export function proxyProbePath(): string {
  return `${FAPI_PROXY_PATH}/v1/environment`;
}

export async function fapiOrigin(profile: Profile, probe: Probe): Promise<string> {
  const host = profile.clerk.frontendApi;
  // A key made for a proxy encodes the proxy's host and path (e.g. example.com/__clerk).
  if (host.includes('/')) return new URL(`https://${host}`).origin;
  const answer = await probe(proxyProbePath());
  const proxied = answer.status === 200 && /"auth_config"|"display_config"/.test(answer.bodyExcerpt);
  return proxied ? new URL(profile.baseURL).origin : `https://${host}`;
}
