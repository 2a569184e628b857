// The app's own browser script, served under a content-hashed name so browsers and CDNs may keep it for a
// year (a changed script gets a new name), outside Clerk's middleware: static files need no session.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Router } from 'express';

const CLERK_PAGE_FILE = fileURLToPath(new URL('./public/clerk-page.js', import.meta.url));
const hash = createHash('sha256').update(readFileSync(CLERK_PAGE_FILE)).digest('hex').slice(0, 12);

/** Where pages load the script that mounts Clerk's components (see public/clerk-page.js). */
export const CLERK_PAGE_SCRIPT_URL = `/assets/clerk-page.${hash}.js`;

/** Registers the asset routes; mount the router before clerkMiddleware. */
export function serveAssets(router: Router): void {
  router.get(CLERK_PAGE_SCRIPT_URL, (_req, res) => res.sendFile(CLERK_PAGE_FILE, { maxAge: '365d', immutable: true }));
}
