// Which bundled reference app the embedded default runs (CGL_REFERENCE_APP) and how to start it.
import type { ReferenceApp } from '../../targets/faults.ts';

export type { ReferenceApp };

export const REFERENCE_APPS: readonly ReferenceApp[] = ['nextjs', 'express'];

export const DEFAULT_REFERENCE_APP: ReferenceApp = 'nextjs';

/** The app CGL_REFERENCE_APP names (default nextjs); throws a pointed error for any other value. */
export function referenceAppFrom(env: Readonly<Record<string, string | undefined>>): ReferenceApp {
  const value = env.CGL_REFERENCE_APP || DEFAULT_REFERENCE_APP;
  if ((REFERENCE_APPS as readonly string[]).includes(value)) return value as ReferenceApp;
  throw new Error(`CGL_REFERENCE_APP must be one of ${REFERENCE_APPS.join(', ')}, got "${value}"`);
}

/** How long the app may take to answer its health route: Next.js may build first (~20-60 s on 2 cores). */
export const START_TIMEOUT_MS: Record<ReferenceApp, number> = { nextjs: 180_000, express: 30_000 };

export function startCommand(app: ReferenceApp): string {
  return `npx tsx targets/${app}/start.ts`;
}
