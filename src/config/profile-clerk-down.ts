// The Clerk outage drill's settings (tests/recovery): env CGL_CLERK_DOWN_* over the config file's `clerkDown`,
// then the defaults. The budget is generous on purpose: Clerk's own script loader gives up after 15 s, so an app
// that shows its fallback when Clerk reports the failure still passes on a loaded machine.
import type { ParsedEnv, ParsedFileConfig } from './schema.ts';
import type { ClerkDownSettings } from './types.ts';

export const CLERK_DOWN_DEFAULTS = { budgetMs: 20_000 } as const;

export const CLERK_DOWN_SETTINGS = {
  budgetMs: 'clerkDown.budgetMs / CGL_CLERK_DOWN_BUDGET_MS',
  fallback: 'clerkDown.fallback / CGL_CLERK_DOWN_FALLBACK',
} as const;

/** A CSS selector (#id, .class, [attr], or css=…), else text the fallback shows. */
export function fallbackOf(value: string | undefined): ClerkDownSettings['fallback'] {
  if (value === undefined) return null;
  if (value.startsWith('css=')) return { kind: 'selector', value: value.slice(4).trim() };
  return /^[#.[]/.test(value) ? { kind: 'selector', value } : { kind: 'text', value };
}

export function readClerkDown(e: Partial<ParsedEnv>, file: ParsedFileConfig): ClerkDownSettings {
  const set = file.clerkDown ?? {};
  return {
    budgetMs: e.CGL_CLERK_DOWN_BUDGET_MS ?? set.budgetMs ?? CLERK_DOWN_DEFAULTS.budgetMs,
    fallback: fallbackOf(e.CGL_CLERK_DOWN_FALLBACK ?? set.fallback),
  };
}
