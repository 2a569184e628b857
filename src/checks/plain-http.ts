// A production target served over plain http: HSTS and the http -> https redirect cannot be judged on it,
// and that is the finding itself (sessions and Clerk's tokens cross the network in the clear). Staging and
// development targets over http are skipped with their reason; so is a target on this machine (localhost,
// 127.x, ::1), where nothing crosses a network and browsers treat http as a secure context.
import type { Environment } from '../config/types.ts';

export interface TargetEnvironment {
  environment: Environment;
}

const isLoopback = (host: string) =>
  host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '[::1]';

/** True when `url` is plain http on a network host of a production target: a failure, never a skip. */
export function productionOverHttp(url: string, target: TargetEnvironment): boolean {
  const parsed = new URL(url);
  return parsed.protocol === 'http:' && target.environment === 'production' && !isLoopback(parsed.hostname);
}

/** Why a plain-http target is not failed for it, as a sentence (call only when productionOverHttp is false). */
export function plainHttpExcuse(url: string, target: TargetEnvironment): string {
  const { host, hostname } = new URL(url);
  return isLoopback(hostname)
    ? `This target runs on this machine (${host}), where http crosses no network: judge the deployed https URL ` +
        '(embedded: CGL_HTTPS=1).'
    : `This target is a ${target.environment} deploy (CGL_ENVIRONMENT): only a production one fails for plain http.`;
}

export const SERVE_HTTPS =
  'A production target must be served over https: get a certificate (most hosts and CDNs issue one), ' +
  'redirect every http request to https, send Strict-Transport-Security, then set TARGET_URL to the https ' +
  'URL so the suite judges what visitors get. If this is not the public deploy, set CGL_ENVIRONMENT=staging.';
