// Plain http redirects to https, after MDN HTTP Observatory's redirection test: the http URL must answer
// with a redirect (301, 302, 307 or 308), and its first hop must already be https on the same host (a hop
// to another host first breaks HSTS preloading and leaks the request to that host in the clear). Ports are
// not compared: http and https live on different ports by nature (80/443, or the local front's). A target
// configured at an http:// URL is judged at that URL: redirecting passes; otherwise a production target
// fails (it is served in the clear) and others skip with their reason (plain-http.ts).
import { locationURL, pathOf, type ResponseEvidence } from './evidence.ts';
import { plainHttpExcuse, productionOverHttp, SERVE_HTTPS, type TargetEnvironment } from './plain-http.ts';
import type { Verdict } from './verdict.ts';

const REDIRECTS = [301, 302, 307, 308];

const FIX_HOW =
  'Redirect every plain-http request to the same URL on https (most hosts: an "enforce https" ' +
  'setting; nginx: `return 301 https://$host$request_uri;`).';

/** What is wrong with the answer to the http URL, or null when it redirects to https on the same host. */
function redirectProblem(evidence: ResponseEvidence, requested: URL, location: URL | null): string | null {
  if (!REDIRECTS.includes(evidence.status) || !location) return `Plain http is served, not redirected. ${FIX_HOW}`;
  if (location.protocol !== 'https:') return `The redirect goes to ${location.protocol} instead of https. ${FIX_HOW}`;
  if (location.hostname !== requested.hostname)
    return (
      `The first hop goes to another host (${location.hostname}): redirect to https://${requested.hostname} ` +
      'first, then to the other host, so HSTS can be set and preloaded for this host.'
    );
  return null;
}

/** `target.baseURL`: the profile's target; when it is http:// itself, there is no https URL to compare with. */
export function judgeHttpsRedirect(
  evidence: ResponseEvidence,
  target: TargetEnvironment & { baseURL: string },
): Verdict {
  const location = locationURL(evidence);
  const requested = new URL(evidence.url);
  const base = {
    id: 'headers.https-redirect',
    title: `GET ${requested.protocol}//${requested.host}${pathOf(evidence.url)} -> redirects to https`,
    url: evidence.url,
    expected: `a 301/308 redirect to https://${requested.hostname}${pathOf(evidence.url)}`,
    actual: `${evidence.status}${location ? ` -> ${location.href}` : ''}`,
  } as const;
  if (requested.protocol !== 'http:')
    return { ...base, pass: false, fix: '', skip: 'The http redirect is judged on an http:// URL only.' };
  const problem = redirectProblem(evidence, requested, location);
  if (problem && new URL(target.baseURL).protocol === 'http:') {
    if (productionOverHttp(evidence.url, target))
      return { ...base, pass: false, fix: `This production target is served over plain http. ${SERVE_HTTPS}` };
    return {
      ...base,
      pass: false,
      fix: '',
      skip:
        `The http -> https redirect is judged on https targets (${target.baseURL} is plain http). ` +
        plainHttpExcuse(evidence.url, target),
    };
  }
  if (problem) return { ...base, pass: false, fix: problem };
  const recommendation =
    evidence.status === 301 || evidence.status === 308
      ? ''
      : 'Recommended: use a permanent redirect (301 or 308) so browsers and search engines remember it.';
  return { ...base, pass: true, fix: recommendation };
}
