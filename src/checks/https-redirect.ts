// Plain http redirects to https, after MDN HTTP Observatory's redirection test: the http URL must answer
// with a redirect (301, 302, 307 or 308), and its first hop must already be https on the same host (a hop
// to another host first breaks HSTS preloading and leaks the request to that host in the clear). Ports are
// not compared: http and https live on different ports by nature (80/443, or the local front's).
import { locationURL, pathOf, type ResponseEvidence } from './evidence.ts';
import type { Verdict } from './verdict.ts';

const REDIRECTS = [301, 302, 307, 308];

export function judgeHttpsRedirect(evidence: ResponseEvidence): Verdict {
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
  const fixHow =
    'Redirect every plain-http request to the same URL on https (most hosts: an "enforce https" ' +
    'setting; nginx: `return 301 https://$host$request_uri;`).';
  if (!REDIRECTS.includes(evidence.status) || !location)
    return { ...base, pass: false, fix: `Plain http is served, not redirected. ${fixHow}` };
  if (location.protocol !== 'https:')
    return { ...base, pass: false, fix: `The redirect goes to ${location.protocol} instead of https. ${fixHow}` };
  if (location.hostname !== requested.hostname) {
    return {
      ...base,
      pass: false,
      fix: `The first hop goes to another host (${location.hostname}): redirect to https://${requested.hostname} first, then to the other host, so HSTS can be set and preloaded for this host.`,
    };
  }
  const recommendation =
    evidence.status === 301 || evidence.status === 308
      ? ''
      : 'Recommended: use a permanent redirect (301 or 308) so browsers and search engines remember it.';
  return { ...base, pass: true, fix: recommendation };
}
