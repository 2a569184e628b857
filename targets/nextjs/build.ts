// Builds the Next.js reference app once per Clerk instance type: `next build targets/nextjs` with that
// instance's baked env into its own dist folder, only when there is no build yet, a source file is newer
// than it, or the baked env changed.
// CLI: `npm run build:nextjs [-- --force] [-- --all]` builds the instance CGL_INSTANCE selects (or both)
// and prints one line each; on failure it prints next's output.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { instanceFrom, INSTANCE_KINDS, type InstanceKind } from '../shared/instance.ts';
import { buildTimeEnv, DIST_DIRS } from './build-env.ts';
import { withBuildLock } from './build-lock.ts';

const APP_DIR = fileURLToPath(new URL('.', import.meta.url));
const REPO_ROOT = join(APP_DIR, '..', '..');
const buildIdFile = (instance: InstanceKind): string => join(APP_DIR, DIST_DIRS[instance], 'BUILD_ID');
// Written after a successful build: the baked env it used, so a changed value forces a rebuild.
const stampFile = (instance: InstanceKind): string => join(APP_DIR, DIST_DIRS[instance], 'cgl-build-env.json');
const NOT_SOURCES = new Set(['node_modules', 'next-env.d.ts', 'build.ts', 'build-lock.ts', 'start.ts']);
const isBuildOutput = (name: string): boolean => name.startsWith('.next');
// Outside the app dir but part of the build: the fault catalog, the code shared with the Express app,
// the emulator's keys and the installed versions.
const EXTRA_SOURCES = [
  join(APP_DIR, '..', 'faults.ts'),
  join(APP_DIR, '..', 'faults'),
  join(APP_DIR, '..', 'shared'),
  join(REPO_ROOT, 'emulator', 'keys.ts'),
  join(REPO_ROOT, 'package-lock.json'),
];

export const NEXT_BIN = createRequire(import.meta.url).resolve('next/dist/bin/next');
export const NEXT_APP_DIR = relative(REPO_ROOT, APP_DIR) || '.';

export class NextBuildError extends Error {
  constructor(readonly output: string) {
    super('next build failed');
  }
}

export interface BuildResult {
  instance: InstanceKind;
  built: boolean;
  reason: string;
  seconds: number;
}

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (dir === APP_DIR && (NOT_SOURCES.has(entry.name) || isBuildOutput(entry.name))) continue;
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestSourceMtime(path) : statSync(path).mtimeMs;
    newest = Math.max(newest, mtime);
  }
  return newest;
}

const mtimeOf = (path: string): number =>
  statSync(path).isDirectory() ? newestSourceMtime(path) : statSync(path).mtimeMs;

/** Why the instance's build is needed, or null when the existing one is current. */
export function staleReason(instance: InstanceKind): string | null {
  const stamp = stampFile(instance);
  if (!existsSync(buildIdFile(instance)) || !existsSync(stamp)) return 'no build yet';
  if (readFileSync(stamp, 'utf8') !== JSON.stringify(buildTimeEnv(instance))) return 'baked env changed';
  const builtAt = statSync(stamp).mtimeMs;
  const sources = Math.max(newestSourceMtime(APP_DIR), ...EXTRA_SOURCES.map(mtimeOf));
  return sources > builtAt ? 'sources changed' : null;
}

// Only what a build needs: run-time secrets, CGL_FAULTS and stray NEXT_PUBLIC_* must never be
// baked in. The secret key is not needed at build time (no page calls Clerk's backend while
// prerendering).
function buildEnv(instance: InstanceKind): NodeJS.ProcessEnv {
  const passThrough = ['PATH', 'HOME', 'TMPDIR', 'LANG', 'NODE_OPTIONS'];
  const env: NodeJS.ProcessEnv = { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
  for (const name of passThrough) {
    const value = process.env[name];
    if (value !== undefined) env[name] = value;
  }
  return { ...env, ...buildTimeEnv(instance), CGL_NEXT_DIST_DIR: DIST_DIRS[instance] };
}

function runNextBuild(instance: InstanceKind): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [NEXT_BIN, 'build', NEXT_APP_DIR], {
      cwd: REPO_ROOT,
      env: buildEnv(instance),
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new NextBuildError(output))));
  });
}

// `next build` points these at its dist folder; a build into .next-development must not change the
// committed copies (which point at .next), so they are put back after each build.
const TYPE_FILES = [join(APP_DIR, 'next-env.d.ts'), join(APP_DIR, 'tsconfig.json')];

async function keepingFiles<T>(files: readonly string[], fn: () => Promise<T>): Promise<T> {
  // next-env.d.ts is gitignored: on a fresh clone it does not exist yet, and next may create it.
  const saved = files.filter((file) => existsSync(file)).map((file) => [file, readFileSync(file, 'utf8')] as const);
  try {
    return await fn();
  } finally {
    for (const [file, text] of saved) if (readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  }
}

/** Builds the instance's app when needed (or always with force); throws NextBuildError on failure. */
export async function ensureBuilt(
  instance: InstanceKind,
  { force = false }: { force?: boolean } = {},
): Promise<BuildResult> {
  const upToDate: BuildResult = { instance, built: false, reason: 'up to date', seconds: 0 };
  if (!force && staleReason(instance) === null) return upToDate;
  // One lock for both instance types: two `next build`s at once would starve a 2-core machine.
  return withBuildLock(APP_DIR, async () => {
    // Checked again under the lock: another process may have just built it.
    const reason = force ? 'forced' : staleReason(instance);
    if (reason === null) return upToDate;
    const started = performance.now();
    const startedAt = new Date();
    await keepingFiles(TYPE_FILES, () => runNextBuild(instance));
    writeFileSync(stampFile(instance), JSON.stringify(buildTimeEnv(instance)));
    // Dated to the build's start, so a file saved while next was building still counts as newer.
    utimesSync(stampFile(instance), startedAt, startedAt);
    return { instance, built: true, reason, seconds: (performance.now() - started) / 1000 };
  });
}

export function describeBuild(result: BuildResult): string {
  const what = `${NEXT_APP_DIR} (${result.instance} instance, ${DIST_DIRS[result.instance]})`;
  return result.built
    ? `nextjs: built ${what} in ${result.seconds.toFixed(1)} s (${result.reason})`
    : `nextjs: build of ${what} is up to date`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    const instances = process.argv.includes('--all') ? INSTANCE_KINDS : [instanceFrom(process.env)];
    for (const instance of instances) {
      console.log(describeBuild(await ensureBuilt(instance, { force: process.argv.includes('--force') })));
    }
  } catch (error) {
    if (!(error instanceof NextBuildError)) throw error;
    process.stderr.write(error.output);
    console.error(`nextjs: next build ${NEXT_APP_DIR} failed (output above)`);
    process.exitCode = 1;
  }
}
