// Which origins a production instance's Frontend API answers, as Clerk documents it
// (clerk.com/docs/guides/dashboard/dns-domains/subdomain-allowlist): by default FAPI "accepts cross-origin
// requests from any subdomain of your root domain"; with Allowed Subdomains on, "only your primary domain
// and explicitly allowlisted subdomains" — "all other subdomains are rejected". Origins on other sites are
// refused unless the instance lists them in allowed_origins (BAPI PATCH /v1/instance). Development
// instances answer any origin.
// Assumed, not documented: the refusal's shape (403, error code origin_invalid), and that it applies to
// every FAPI request that carries a cross-origin Origin header.
import { http } from 'msw';
import type { EmulatorContext } from '../context.ts';
import { clerkErrors } from '../http/respond.ts';

export interface OriginRules {
  /** The production instance's root domain (the app's domain; `localhost` for a local stack). */
  domain: string;
  /** Allowed Subdomains: null = off (every subdomain of `domain` is accepted), else the only ones accepted. */
  allowedSubdomains: string[] | null;
  /** The instance's allowed_origins: other origins it answers. */
  allowedOrigins: string[];
}

/** True when a production instance with these rules answers a request from `origin`. */
export function originAllowed(rules: OriginRules, origin: string): boolean {
  let host: string;
  try {
    host = new URL(origin).hostname.toLowerCase();
  } catch {
    return false;
  }
  if (rules.allowedOrigins.some((allowed) => originMatches(allowed, origin))) return true;
  const domain = rules.domain.toLowerCase();
  if (host === domain) return true;
  if (!host.endsWith(`.${domain}`)) return false;
  return rules.allowedSubdomains === null || rules.allowedSubdomains.map((s) => s.toLowerCase()).includes(host);
}

/**
 * An allowed_origins entry against a request's origin. Assumed, not documented by Clerk: an entry with `*`
 * matches as a glob (`https://*.example.com`, a bare `*` matches every origin), so a wildcard entry opens FAPI
 * to the sites it covers (what the instance settings audit flags).
 */
export function originMatches(allowed: string, origin: string): boolean {
  if (!allowed.includes('*')) return allowed === origin;
  const pattern = allowed
    .split('*')
    .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${pattern}$`).test(origin);
}

/** FAPI handlers that refuse a refused origin before any other handler runs (none without rules). */
export function originHandlers(ctx: EmulatorContext) {
  const rules = ctx.config.origins;
  if (ctx.config.kind !== 'production' || !rules) return [];
  return [
    http.all('*', ({ request }) => {
      const origin = request.headers.get('origin');
      if (!origin || origin === 'null' || originAllowed(rules, origin)) return undefined;
      return clerkErrors(403, {
        code: 'origin_invalid',
        message: 'is invalid',
        longMessage: `${origin} is not an origin of this instance (${rules.domain} and its allowed subdomains, or allowed_origins).`,
      });
    }),
  ];
}
