// Fault fapi-proxy-follows-path-host: the Frontend API proxy of @clerk/backend 3.0.0–3.2.2 (GHSA-gjxx-92w9-8v8f),
// reproduced for the one request shape it got wrong. That proxy resolved the path after /__clerk as a URL
// reference against the FAPI URL (new URL(path, fapiUrl)), so /__clerk//other.host/x resolved to other.host and
// the request went there with the Clerk-Secret-Key it adds. Every other request still goes through Clerk's own
// (fixed) proxy, so sign-in and everything else work as before: only a check that crafts that path sees it.
import { faultOn } from '../faults.ts';

/** The FAPI URL the proxy forwards to: CLERK_FAPI_URL (the embedded stack's), else the publishable key's host. */
function fapiUrl(publishableKey: string): string {
  if (process.env.CLERK_FAPI_URL) return process.env.CLERK_FAPI_URL;
  const encoded = publishableKey.replace(/^pk_(?:test|live)_/, '');
  return `https://${Buffer.from(encoded, 'base64').toString('utf8').replace(/\$$/, '')}`;
}

/** What the vulnerable proxy answered for a path naming another host, or null (fault off, or Clerk's own host). */
export async function pathHostProxyFault(
  request: Request,
  proxyPath: string,
  keys: { publishableKey: string; secretKey: string },
): Promise<Response | null> {
  if (!faultOn('fapi-proxy-follows-path-host')) return null;
  const url = new URL(request.url);
  if (!url.pathname.startsWith(`${proxyPath}/`)) return null;
  const upstream = fapiUrl(keys.publishableKey);
  const target = new URL(url.pathname.slice(proxyPath.length), upstream); // the defect: a URL reference
  if (target.host === new URL(upstream).host) return null;
  target.search = url.search;
  try {
    const answer = await fetch(target, {
      method: request.method,
      headers: { 'Clerk-Secret-Key': keys.secretKey, 'Clerk-Proxy-Url': `${url.origin}${proxyPath}` },
      redirect: 'manual',
    });
    return new Response(await answer.arrayBuffer(), { status: answer.status, headers: answer.headers });
  } catch (error) {
    // @clerk/backend's own error shape for an upstream it could not reach.
    const message = `Failed to proxy request to Clerk FAPI: ${error instanceof Error ? error.message : 'Unknown error'}`;
    const body = JSON.stringify({ errors: [{ code: 'proxy_request_failed', message }] });
    return new Response(body, { status: 502, headers: { 'Content-Type': 'application/json' } });
  }
}
