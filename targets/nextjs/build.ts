// Builds the Next.js reference app once: `next build targets/nextjs` with the build-time env, only
// when there is no build yet, a source file is newer than it, or the baked env changed.
// CLI: `npm run build:nextjs [-- --force]` prints one line; on failure it prints next's output.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_TIME_ENV } from './build-env.ts';
import { withBuildLock } from './build-lock.ts';

const APP_DIR = fileURLToPath(new URL('.', import.meta.url));
const REPO_ROOT = join(APP_DIR, '..', '..');
const BUILD_ID_FILE = join(APP_DIR, '.next', 'BUILD_ID');
// Written after a successful build: the baked env it used, so a changed value forces a rebuild.
const STAMP_FILE = join(APP_DIR, '.next', 'cgl-build-env.json');
const NOT_SOURCES = new Set(['.next', 'node_modules', 'next-env.d.ts', 'build.ts', 'build-lock.ts', 'start.ts']);
// Outside the app dir but part of the build: the fault catalog and the installed versions.
const EXTRA_SOURCES = [join(APP_DIR, '..', 'faults.ts'), join(REPO_ROOT, 'package-lock.json')];

export const NEXT_BIN = createRequire(import.meta.url).resolve('next/dist/bin/next');
export const NEXT_APP_DIR = relative(REPO_ROOT, APP_DIR) || '.';

export class NextBuildError extends Error {
  constructor(readonly output: string) {
    super('next build failed');
  }
}

export interface BuildResult {
  built: boolean;
  reason: string;
  seconds: number;
}

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (dir === APP_DIR && NOT_SOURCES.has(entry.name)) continue;
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestSourceMtime(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

/** Why a build is needed, or null when the existing one is current. */
export function staleReason(): string | null {
  if (!existsSync(BUILD_ID_FILE) || !existsSync(STAMP_FILE)) return 'no build yet';
  if (readFileSync(STAMP_FILE, 'utf8') !== JSON.stringify(BUILD_TIME_ENV)) return 'baked env changed';
  const builtAt = statSync(STAMP_FILE).mtimeMs;
  const sources = Math.max(newestSourceMtime(APP_DIR), ...EXTRA_SOURCES.map((file) => statSync(file).mtimeMs));
  return sources > builtAt ? 'sources changed' : null;
}

// Only what a build needs: run-time secrets, CGL_FAULTS and stray NEXT_PUBLIC_* must never be
// baked in. The secret key is not needed at build time (no page calls Clerk's backend while
// prerendering).
function buildEnv(): NodeJS.ProcessEnv {
  const passThrough = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'NODE_OPTIONS'];
  const env: NodeJS.ProcessEnv = { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
  for (const name of passThrough) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return { ...env, ...BUILD_TIME_ENV };
}

function runNextBuild(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, 'build', NEXT_APP_DIR], { cwd: REPO_ROOT, env: buildEnv() });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new NextBuildError(output))));
  });
}

/** Builds when needed (or always with force); throws NextBuildError with next's output on failure. */
export async function ensureBuilt({ force = false }: { force?: boolean } = {}): Promise<BuildResult> {
  if (!force && staleReason() === null) return { built: false, reason: 'up to date', seconds: 0 };
  return withBuildLock(APP_DIR, async () => {
    // Checked again under the lock: another process may have just built it.
    const reason = force ? 'forced' : staleReason();
    if (reason === null) return { built: false, reason: 'up to date', seconds: 0 };
    const started = performance.now();
    const startedAt = new Date();
    await runNextBuild();
    writeFileSync(STAMP_FILE, JSON.stringify(BUILD_TIME_ENV));
    // Dated to the build's start, so a file saved while next was building still counts as newer.
    utimesSync(STAMP_FILE, startedAt, startedAt);
    return { built: true, reason, seconds: (performance.now() - started) / 1000 };
  });
}

export function describeBuild(result: BuildResult): string {
  return result.built
    ? `nextjs: built ${NEXT_APP_DIR} in ${result.seconds.toFixed(1)} s (${result.reason})`
    : `nextjs: build of ${NEXT_APP_DIR} is up to date`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    console.log(describeBuild(await ensureBuilt({ force: process.argv.includes('--force') })));
  } catch (error) {
    if (!(error instanceof NextBuildError)) throw error;
    process.stderr.write(error.output);
    console.error(`nextjs: next build ${NEXT_APP_DIR} failed (output above)`);
    process.exitCode = 1;
  }
}
