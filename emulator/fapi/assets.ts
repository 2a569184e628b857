/**
 * The clerk-js and @clerk/ui browser bundles, served the way Clerk's CDN serves them through the
 * Frontend API: `/npm/@clerk/clerk-js@<version>/dist/<file>` and `/npm/@clerk/ui@<version>/dist/<file>`.
 * Any version segment is accepted (`@6`, `@6.40.0`): entry scripts are asked for by major, their
 * chunks by exact release; we serve the pinned release (emulator/clerk-assets.json) for all.
 */
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

import { http } from 'msw';

import { assetDir } from '../clerk-assets.ts';
import { clerkErrors } from '../http/respond.ts';

const PACKAGES: Record<string, string> = { 'clerk-js': '@clerk/clerk-js', ui: '@clerk/ui' };

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'application/javascript; charset=utf-8',
  '.mjs': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
};

export const MISSING_ASSETS_HINT =
  'Clerk emulator: the clerk-js / @clerk/ui browser bundles are missing from ' +
  '<project>/.clerk-go-live/clerk-assets. Run `npm run setup` (in an app: `npx clerk-go-live setup`).';

/** Which bundles are missing on disk (empty when all are there). */
export function missingAssetPackages(): string[] {
  return Object.values(PACKAGES).filter((name) => !existsSync(join(assetDir(name), 'dist')));
}

const SAFE_SEGMENT = /^[A-Za-z0-9_.@-]+$/;

export function assetHandlers() {
  return [
    http.get<{ spec: string; file: string[] }>('/npm/@clerk/:spec/dist/*', async ({ request }) => {
      const { pathname } = new URL(request.url);
      const match = /^\/npm\/@clerk\/([a-z-]+)@[^/]+\/dist\/(.+)$/.exec(pathname);
      const pkg = match ? PACKAGES[match[1] ?? ''] : undefined;
      const segments = match?.[2]?.split('/') ?? [];
      if (!pkg || segments.some((s) => !SAFE_SEGMENT.test(s) || s.startsWith('.'))) {
        return clerkErrors(404, {
          code: 'resource_not_found',
          message: 'not found',
          longMessage: `No Clerk bundle at ${pathname}`,
        });
      }
      const root = join(assetDir(pkg), 'dist');
      if (!existsSync(root)) return clerkErrors(503, { code: 'assets_missing', message: MISSING_ASSETS_HINT });
      const file = join(root, ...segments);
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) {
        return clerkErrors(404, {
          code: 'resource_not_found',
          message: 'not found',
          longMessage: `${pkg} has no dist/${segments.join('/')}`,
        });
      }
      return new Response(await readFile(file), {
        headers: {
          'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
          'Cache-Control': 'public, max-age=3600',
          'Access-Control-Allow-Origin': '*',
        },
      });
    }),
  ];
}
