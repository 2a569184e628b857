// The live page runs a production Clerk instance: clerk-js reports instanceType "production", and there is
// no development-browser token (__clerk_db_jwt) in the URL or the cookies (development instances use it
// instead of first-party session cookies; in production it means dev keys are deployed).
import type { Verdict } from './verdict.ts';

export interface ClerkInstanceFacts {
  url: string;
  /** window.Clerk.instanceType, or undefined when clerk-js did not load. */
  instanceType?: string;
  devBrowserInUrl: boolean;
  devBrowserCookies: string[];
}

export function judgeProductionInstance(facts: ClerkInstanceFacts): Verdict {
  const problems = [
    facts.instanceType === undefined ? 'clerk-js did not load (window.Clerk missing)' : '',
    facts.instanceType !== undefined && facts.instanceType !== 'production'
      ? `clerk-js runs a ${facts.instanceType} instance`
      : '',
    facts.devBrowserInUrl ? 'the URL carries __clerk_db_jwt' : '',
    facts.devBrowserCookies.length ? `dev-browser cookies are set (${facts.devBrowserCookies.join(', ')})` : '',
  ].filter(Boolean);
  return {
    id: 'auth.production-instance',
    title: 'the live page -> production Clerk instance',
    url: facts.url,
    pass: problems.length === 0,
    expected: 'window.Clerk.instanceType === "production", no __clerk_db_jwt in the URL or cookies',
    actual: problems.length ? problems.join('; ') : 'production instance, no dev browser',
    fix: problems.length
      ? "The deployed app uses development keys: set the production instance's pk_live_/sk_live_ " +
        "keys in the host's production environment and redeploy (NEXT_PUBLIC_* keys are baked in at " +
        'build time).'
      : '',
  };
}
