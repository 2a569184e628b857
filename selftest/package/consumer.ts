// A fresh app that installs clerk-go-live the way a team does: `npm i -D <the packed tarball>
// @playwright/test`, in a temporary directory, with Node's own module loader (no tsx, no workspace).
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..', '..');

export interface CommandResult {
  code: number;
  output: string;
  ms: number;
}

/** Runs a command in `cwd` without a shell; never throws on a non-zero exit. */
export function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string | undefined> = {},
): Promise<CommandResult> {
  const started = Date.now();
  // The child is a user's shell: none of this project's run state (CGL_*, CLERK_*, TARGET_URL) leaks in.
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of Object.keys(childEnv)) {
    if (/^(CGL_|CLERK_|TARGET_URL$|PLAYWRIGHT_|TEST_WORKER_INDEX|TEST_PARALLEL_INDEX)/.test(name))
      delete childEnv[name];
  }
  // CGL_CHROMIUM_PATH may point at a system Chromium on machines without Playwright's own.
  if (process.env.CGL_CHROMIUM_PATH) childEnv.CGL_CHROMIUM_PATH = process.env.CGL_CHROMIUM_PATH;
  Object.assign(childEnv, env, { FORCE_COLOR: '0', npm_config_update_notifier: 'false' });
  return new Promise((done) => {
    const child = spawn(command, args, { cwd, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => done({ code: code ?? 1, output, ms: Date.now() - started }));
  });
}

/** Where the pack setup (pack.setup.ts) leaves the tarball's path for the install tests. */
export const TARBALL_NOTE = join(ROOT, '.clerk-go-live', 'selftest-tarball.txt');

/** `npm run build`, then `npm pack` of this repository into a temporary folder; returns the tarball. */
export function packTarball(): string {
  execFileSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  const dir = mkdtempSync(join(tmpdir(), 'cgl-pack-'));
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--pack-destination', dir, '--json', '--silent'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [info] = JSON.parse(out) as { filename: string }[];
  if (!info) throw new Error('npm pack printed no tarball');
  return join(dir, info.filename);
}

/** The tarball the pack setup made for this run. */
export function packedTarball(): string {
  return readFileSync(TARBALL_NOTE, 'utf8').trim();
}

/** A new app directory: package.json of the given module type, nothing else. */
export function freshApp(kind: 'commonjs' | 'module'): string {
  const dir = mkdtempSync(join(tmpdir(), `cgl-app-${kind}-`));
  const pkg = { name: `go-live-consumer-${kind === 'module' ? 'esm' : 'cjs'}`, private: true, type: kind };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  mkdirSync(join(dir, 'src'));
  return dir;
}

/** Disk use of a directory tree, in bytes (what `du` would say, apparent size). */
export function treeBytes(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.size;
  return readdirSync(path).reduce((sum, name) => sum + treeBytes(join(path, name)), 0);
}
