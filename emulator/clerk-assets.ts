/**
 * Where the clerk-js and @clerk/ui bundles live on disk (fetched by scripts/fetch-clerk-assets.ts,
 * served by emulator/fapi/assets.ts), and which versions are pinned.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

export const CLERK_ASSETS_ROOT = process.env.CGL_CLERK_ASSETS_DIR ?? join(PROJECT_ROOT, '.cache', 'clerk-assets');

/** Package name -> exact version, from emulator/clerk-assets.json. */
export function pinnedClerkAssets(): Record<string, string> {
  return JSON.parse(readFileSync(new URL('./clerk-assets.json', import.meta.url), 'utf8')) as Record<string, string>;
}

/** `@clerk/clerk-js` -> <root>/clerk-js (the unscoped name keeps the folder flat). */
export function assetDir(packageName: string): string {
  return join(CLERK_ASSETS_ROOT, packageName.replace(/^@[^/]+\//, ''));
}
