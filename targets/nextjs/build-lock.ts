// A cross-process lock around `next build`: the self-test may start several apps (one per fault set)
// at once, and two builds writing the same .next folder corrupt each other. mkdir is atomic; the
// lock records its owner's pid so a lock left by a crashed process is taken over.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid holding the lock; null while the owner is between mkdir and writing its pid. */
function readOwner(dir: string): number | null {
  try {
    const pid = Number(readFileSync(join(dir, 'pid'), 'utf8'));
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

function tryAcquire(dir: string): boolean {
  try {
    mkdirSync(dir);
    writeFileSync(join(dir, 'pid'), String(process.pid));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const owner = readOwner(dir);
    if (owner !== null && !isAlive(owner)) rmSync(dir, { recursive: true, force: true });
    return false;
  }
}

/** Runs fn while holding the build lock of the app in appDir (waits up to timeoutMs for it). */
export async function withBuildLock<T>(appDir: string, fn: () => Promise<T>, timeoutMs = 300_000): Promise<T> {
  const id = createHash('sha1').update(appDir).digest('hex').slice(0, 12);
  const dir = join(tmpdir(), `cgl-next-build-${id}.lock`);
  const deadline = Date.now() + timeoutMs;
  while (!tryAcquire(dir)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for the build lock ${dir}`);
    await sleep(250);
  }
  try {
    return await fn();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
