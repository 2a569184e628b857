// Files that must never be served: environment files and the git metadata (they hold secrets and the
// source history). Any 2xx whose body looks like the file is a failure; a 2xx that is clearly the app's own
// HTML page (an SPA fallback) is not, since nothing leaks. The probe adds a cache-buster query; the verdict
// names the path the app serves (the URL line keeps what was probed).
import { cap, type Verdict } from './verdict.ts';
import type { ResponseEvidence } from './evidence.ts';

export const SENSITIVE_PATHS = ['/.env', '/.env.local', '/.env.production', '/.git/config', '/.git/HEAD'];

const LOOKS_LIKE: RegExp[] = [/^\s*[A-Z_][A-Z0-9_]*\s*=/m, /\[core\]|repositoryformatversion/, /^ref: refs\//m];

export function judgeSensitiveFile(evidence: ResponseEvidence): Verdict {
  const ok = evidence.status < 200 || evidence.status >= 300;
  const isHtml = /^\s*<(!doctype|html)/i.test(evidence.bodyExcerpt);
  const leaked = !ok && !isHtml && LOOKS_LIKE.some((pattern) => pattern.test(evidence.bodyExcerpt));
  const path = new URL(evidence.url).pathname;
  return {
    id: 'leaks.sensitive-files',
    title: `GET ${path} -> not served`,
    url: evidence.url,
    pass: !leaked,
    expected: '404 (or 403), never the file',
    // The body may hold secrets: say what it looks like, never print it.
    actual: leaked
      ? `${evidence.status} with a body that looks like ${path.startsWith('/.git') ? 'git metadata' : 'an env file'} (${evidence.bodyExcerpt.length} bytes, not shown)`
      : `${evidence.status}${isHtml ? ' (an HTML page)' : ''}${ok ? '' : `: ${cap(evidence.bodyExcerpt, 60)}`}`,
    fix: leaked
      ? `Stop serving ${path}: keep it out of the public/static folder and the deploy artifact, and block dot-files at the server or CDN. Treat every secret in it as leaked: rotate them.`
      : '',
  };
}
