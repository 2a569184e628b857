/**
 * Child processes for benchmarks: started in their own process group so stopping one stops its
 * children too (npx -> tsx -> node), and only the ones this run started.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Agent } from 'node:http';

import { send } from './load.ts';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Started {
  child: ChildProcess;
  /** The last lines of output, for error messages. */
  output: () => string;
  stop: () => Promise<void>;
}

export function start(
  name: string,
  command: string,
  args: string[],
  env: Record<string, string>,
  onOutput?: (text: string) => void,
): Started {
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  const keep = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    onOutput?.(text);
    tail = (tail + text).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    child,
    output: () => `[${name}] ${tail}`,
    stop: async () => {
      if (child.exitCode !== null || child.pid === undefined) return;
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        return;
      }
      const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/**
 * Polls `url` until it answers (any status below 500) or `timeoutMs` passes. `agent`: for an https URL whose
 * certificate only it trusts (the embedded https front's).
 */
export async function waitForUrl(url: string, timeoutMs: number, started: Started, agent?: Agent): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (started.child.exitCode !== null)
      throw new Error(`${url}: the process exited (${started.child.exitCode})\n${started.output()}`);
    const ok = await (
      agent
        ? send(agent, { method: 'GET', url: new URL(url) }).then((r) => r.status < 500)
        : fetch(url, { signal: AbortSignal.timeout(2_000) }).then((r) => r.status < 500)
    ).catch(() => false);
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms\n${started.output()}`);
}
