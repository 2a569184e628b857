/**
 * The emulator (in this process, so tests can read its webhook deliveries) and a reference app (a child
 * process, as the embedded stack runs it) wired together for one instance type: the app proxies FAPI
 * under /__clerk, and the emulator posts its webhooks to the app's /api/webhooks/clerk.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { generateWebhookSecret, type InstanceKind } from '../../../emulator/keys.ts';
import type { StartEmulatorOptions } from '../../../emulator/server.ts';
import { freePort } from '../../../src/embedded/ports.ts';
import { startTestEmulator, type Emulator } from '../fixture.ts';

const REPO_ROOT = fileURLToPath(new URL('../../..', import.meta.url));
export type ReferenceApp = 'express' | 'nextjs';

export interface AppStack {
  kind: InstanceKind;
  appUrl: string;
  emulator: Emulator;
  webhookSecret: string;
  close(): Promise<void>;
}

async function waitForHealth(url: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the reference app exited (${child.exitCode}):\n${output()}`);
    const ok = await fetch(url).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the reference app did not answer ${url} within ${timeoutMs} ms:\n${output()}`);
}

export async function startAppStack(
  kind: InstanceKind,
  app: ReferenceApp = 'express',
  options: Partial<StartEmulatorOptions> = {},
): Promise<AppStack> {
  const appPort = await freePort();
  const appUrl = `http://localhost:${appPort}`;
  const webhookSecret = generateWebhookSecret();
  const emulator = await startTestEmulator(kind, {
    webhooks: { url: `${appUrl}/api/webhooks/clerk`, secret: webhookSecret, retryDelaysMs: [300, 1_000, 2_000] },
    ...options,
  });
  const env = {
    ...process.env,
    CGL_APP_PORT: String(appPort),
    CGL_INSTANCE: kind,
    CLERK_PUBLISHABLE_KEY: emulator.publishableKey,
    CLERK_SECRET_KEY: emulator.secretKey,
    CLERK_API_URL: emulator.bapiUrl,
    CLERK_FAPI_URL: emulator.fapiUrl,
    CLERK_WEBHOOK_SIGNING_SECRET: webhookSecret,
    CGL_FAULTS: '',
  };
  const child = spawn('npx', ['tsx', `targets/${app}/start.ts`], {
    cwd: REPO_ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const stop = async () => {
    if (child.exitCode === null && child.pid) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      process.kill(-child.pid, 'SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
    await emulator.close();
  };
  try {
    await waitForHealth(`${appUrl}/api/public/health`, child, () => output, app === 'nextjs' ? 180_000 : 30_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { kind, appUrl, emulator, webhookSecret, close: stop };
}
