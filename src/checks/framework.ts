// Fix texts for the framework the target runs. The framework is set in the profile (framework /
// CGL_FRAMEWORK) or detected once per worker from the target's home page (detectFramework); judges ask
// fixFor() for the variant to print. Until it is known (unit tests, a target that answered nothing), the fix
// names every framework's way, as it always did.
import type { ResponseEvidence } from './evidence.ts';

export const FRAMEWORKS = ['nextjs', 'express', 'generic'] as const;
export type Framework = (typeof FRAMEWORKS)[number];

export interface FrameworkFix {
  /** @clerk/nextjs: middleware.ts / proxy.ts, next.config.js. */
  nextjs: string;
  /** @clerk/express: clerkMiddleware(), requireAuth(), app.use(…). */
  express: string;
  /** Anything else: @clerk/backend's authenticateRequest() / verifyToken(), the server or CDN. */
  generic: string;
  /** Framework not known: every way at once. */
  any: string;
}

let current: Framework | null = null;

/** Sets the run's framework (the worker fixture calls it once); null: not known. */
export function setFramework(framework: Framework | null): void {
  current = framework;
}

export function currentFramework(): Framework | null {
  return current;
}

/** The fix for the run's framework. */
export function fixFor(fix: FrameworkFix): string {
  return current ? fix[current] : fix.any;
}

/**
 * The framework a response shows: Next.js by its headers (x-powered-by, x-nextjs-*, Vary: RSC) or its
 * /_next/ assets, Express by x-powered-by; null when nothing says (a hardened app hides both: then the
 * profile's `framework` setting is the way to say it).
 */
export function detectFramework(evidence: ResponseEvidence): Framework | null {
  const h = evidence.headers;
  const poweredBy = (h['x-powered-by'] ?? '').toLowerCase();
  if (poweredBy.includes('next.js')) return 'nextjs';
  if (Object.keys(h).some((name) => name.startsWith('x-nextjs-'))) return 'nextjs';
  if (/(^|,)\s*rsc\s*(,|$)/i.test(h.vary ?? '')) return 'nextjs';
  if (/\/_next\/static\//.test(evidence.bodyExcerpt)) return 'nextjs';
  if (poweredBy.includes('express')) return 'express';
  return null;
}
