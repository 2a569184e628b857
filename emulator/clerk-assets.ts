/**
 * Where the clerk-js and @clerk/ui bundles live on disk (fetched by scripts/fetch-clerk-assets.ts,
 * served by emulator/fapi/assets.ts), and which versions are pinned.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stateDir } from '../src/project/dirs.ts';

// Under the user's project (<project>/.clerk-go-live/clerk-assets), never inside node_modules.
export const CLERK_ASSETS_ROOT = process.env.CGL_CLERK_ASSETS_DIR || join(stateDir(), 'clerk-assets');

/** Package name -> exact version, from emulator/clerk-assets.json. */
export function pinnedClerkAssets(): Record<string, string> {
  return JSON.parse(readFileSync(new URL('./clerk-assets.json', import.meta.url), 'utf8')) as Record<string, string>;
}

/** `@clerk/clerk-js` -> <root>/clerk-js (the unscoped name keeps the folder flat). */
export function assetDir(packageName: string): string {
  return join(CLERK_ASSETS_ROOT, packageName.replace(/^@[^/]+\//, ''));
}
