// Which bundled reference app the embedded default runs (CGL_REFERENCE_APP) and how to start it. In this
// repository every app is a workspace; in a user's project the package ships the Express app compiled and
// `clerk-go-live setup` installs its two dependencies (express, @clerk/express) under .clerk-go-live/.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ReferenceApp } from '../../targets/faults.ts';
import { COMPILED, nodeCommand, PACKAGE_ROOT, packageFile, stateDir } from '../project/dirs.ts';

export type { ReferenceApp };

export const REFERENCE_APPS: readonly ReferenceApp[] = ['nextjs', 'express', 'hono'];

/** Where `clerk-go-live setup` installs the Express reference app's dependencies in a user's project. */
export function referenceAppDepsDir(env: NodeJS.ProcessEnv = process.env): string {
  return join(stateDir(env), 'reference-app');
}

function resolvableFrom(dir: string, name: string): boolean {
  try {
    createRequire(join(dir, 'package.json')).resolve(name);
    return true;
  } catch {
    return false;
  }
}

/** Why `app` cannot run here, or null when it can. */
export function referenceAppProblem(app: ReferenceApp, env: NodeJS.ProcessEnv = process.env): string | null {
  if (app === 'nextjs') {
    const present = !COMPILED && existsSync(join(PACKAGE_ROOT, 'targets/nextjs/package.json'));
    return present && resolvableFrom(join(PACKAGE_ROOT, 'targets/nextjs'), 'next')
      ? null
      : 'the Next.js reference app exists only in the clerk-go-live repository (set CGL_REFERENCE_APP=express)';
  }
  if (app === 'hono') {
    const present = !COMPILED && existsSync(join(PACKAGE_ROOT, 'targets/hono/package.json'));
    return present && resolvableFrom(join(PACKAGE_ROOT, 'targets/hono'), 'hono')
      ? null
      : 'the Hono reference app exists only in the clerk-go-live repository (set CGL_REFERENCE_APP=express)';
  }
  if (resolvableFrom(join(PACKAGE_ROOT, 'targets/express'), 'express')) return null;
  if (resolvableFrom(referenceAppDepsDir(env), 'express')) return null;
  return 'its dependencies are not installed: run `npx clerk-go-live setup` once';
}

/** The app CGL_REFERENCE_APP names; unset: Next.js where it exists (this repository), else Express. */
export function referenceAppFrom(env: Readonly<Record<string, string | undefined>>): ReferenceApp {
  const value = env.CGL_REFERENCE_APP;
  if (!value) return referenceAppProblem('nextjs', env as NodeJS.ProcessEnv) ? 'express' : 'nextjs';
  if ((REFERENCE_APPS as readonly string[]).includes(value)) return value as ReferenceApp;
  throw new Error(`CGL_REFERENCE_APP must be one of ${REFERENCE_APPS.join(', ')}, got "${value}"`);
}

/** How long the app may take to answer its health route: Next.js may build first (~20-60 s on 2 cores). */
export const START_TIMEOUT_MS: Record<ReferenceApp, number> = { nextjs: 180_000, express: 30_000, hono: 30_000 };

export function startCommand(app: ReferenceApp): string {
  // Installed package: the Express app finds express and @clerk/express in .clerk-go-live/reference-app.
  const depsHook = app === 'express' && COMPILED ? ['--import', packageFile('src/embedded/app-deps-hook')] : [];
  return nodeCommand(`targets/${app}/start`, depsHook);
}
