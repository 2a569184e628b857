// Static assets (the JS/CSS bundles a page loads) are cached long and never pass through Clerk's middleware:
// Clerk's production checklist asks for a middleware matcher that skips static files, and a response with
// x-clerk-auth-* headers shows the middleware ran (every asset then costs an auth check, and a signed-out
// visitor may be redirected instead of served). Long-lived means max-age (or s-maxage) of at least 30 days,
// not private/no-store/no-cache: bundles have content hashes in their names, so they can be cached for a year.
import { AUTH_HEADER_PREFIX } from './clerk-signals.ts';
import { pathOf, type ResponseEvidence } from './evidence.ts';
import { quoteHeader, type Verdict } from './verdict.ts';
import { fixFor } from './framework.ts';

export const MIN_ASSET_MAX_AGE = 30 * 24 * 3600;

function maxAge(cacheControl: string): number {
  const directives = cacheControl
    .toLowerCase()
    .split(',')
    .map((directive) => directive.trim());
  if (directives.some((directive) => ['no-store', 'no-cache', 'private'].includes(directive))) return 0;
  const ages = directives
    .map((directive) => /^(?:s-)?max-age="?(\d+)"?$/.exec(directive)?.[1])
    .filter((age) => age !== undefined)
    .map(Number);
  return ages.length ? Math.max(...ages) : 0;
}

export function judgeStaticAsset(evidence: ResponseEvidence): Verdict {
  const cacheControl = evidence.headers['cache-control'];
  const clerkHeaders = Object.keys(evidence.headers).filter((name) => name.startsWith(AUTH_HEADER_PREFIX));
  const base = {
    id: 'headers.static-assets',
    title: `GET ${pathOf(evidence.url)} -> cached long, outside Clerk middleware`,
    url: evidence.url,
    expected: `200 with Cache-Control max-age >= ${MIN_ASSET_MAX_AGE} and no ${AUTH_HEADER_PREFIX}* headers`,
    actual: `${evidence.status}; ${quoteHeader('Cache-Control', cacheControl)}${clerkHeaders.length ? `; ${clerkHeaders.map((name) => `${name}: ${evidence.headers[name]}`).join('; ')}` : ''}`,
  } as const;
  const fixes: string[] = [];
  if (evidence.status !== 200)
    fixes.push(`the asset answered ${evidence.status}: a matcher that catches static files can redirect or deny them`);
  if (clerkHeaders.length) {
    fixes.push(
      fixFor({
        nextjs:
          "the request went through Clerk's middleware: use the config.matcher from Clerk's docs in " +
          'middleware.ts / proxy.ts, which skips _next and files with static extensions',
        express:
          "the request went through Clerk's middleware: mount express.static(...) before " +
          'app.use(clerkMiddleware()), so assets are served before Clerk runs',
        generic:
          "the request went through Clerk's auth check: serve static files before it runs (or from the " +
          'CDN), and skip authenticateRequest() for them',
        any:
          "the request went through Clerk's middleware: use the matcher from Clerk's docs, which " +
          'skips _next and files with static extensions',
      }),
    );
  }
  if (cacheControl === undefined || maxAge(cacheControl) < MIN_ASSET_MAX_AGE) {
    const cache = 'serve hashed bundles with `Cache-Control: public, max-age=31536000, immutable`';
    fixes.push(
      fixFor({
        nextjs: `${cache} (Next.js does this for /_next/static unless a headers() rule or the CDN overrides it)`,
        express: `${cache}: express.static(dir, { maxAge: '1y', immutable: true }) for the hashed files`,
        generic: `${cache} (the server's static-file or CDN cache settings)`,
        any: `${cache} (Next.js does this for /_next/static unless something overrides it)`,
      }),
    );
  }
  return { ...base, pass: fixes.length === 0, fix: fixes.length ? `Fix: ${fixes.join('; ')}.` : '' };
}
