// No X-Powered-By and no version in Server: they tell an attacker which framework and version to look up
// exploits for, and nothing to the browser. A Server header that names a product without a version
// (e.g. "Vercel", "cloudflare", "nginx") is fine.
import { pathOf, type ResponseEvidence } from './evidence.ts';
import { quoteHeader, type Verdict } from './verdict.ts';
import { fixFor } from './framework.ts';

const VERSION = /\d+\.\d+|\/\s*\d/;

export function judgeNoFingerprint(evidence: ResponseEvidence): Verdict {
  const poweredBy = evidence.headers['x-powered-by'];
  const server = evidence.headers.server;
  const aspnet = evidence.headers['x-aspnet-version'] ?? evidence.headers['x-aspnetmvc-version'];
  const base = {
    id: 'headers.no-fingerprint',
    title: `GET ${pathOf(evidence.url)} -> no framework or version headers`,
    url: evidence.url,
    expected: 'no X-Powered-By header, and a Server header without a version number',
    actual: `${quoteHeader('X-Powered-By', poweredBy)}; ${quoteHeader('Server', server)}`,
  } as const;
  const fixes: string[] = [];
  if (poweredBy !== undefined)
    fixes.push(
      fixFor({
        nextjs: 'Remove X-Powered-By: `poweredByHeader: false` in next.config.js',
        express: "Remove X-Powered-By: `app.disable('x-powered-by')` (or helmet())",
        generic: 'Remove X-Powered-By (the framework’s setting, or strip it at the proxy/CDN)',
        any:
          'Remove X-Powered-By (Next.js: `poweredByHeader: false` in next.config.js; Express: ' +
          "`app.disable('x-powered-by')`; or strip it at the proxy/CDN)",
      }),
    );
  if (server !== undefined && VERSION.test(server))
    fixes.push('drop the version from Server (nginx: `server_tokens off;`, Apache: `ServerTokens Prod`)');
  if (aspnet !== undefined) fixes.push('remove X-AspNet-Version / X-AspNetMvc-Version');
  return { ...base, pass: fixes.length === 0, fix: fixes.length ? `${fixes.join('; ')}.` : '' };
}
