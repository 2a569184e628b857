/**
 * (a) Emulator FAPI throughput and latency. The emulator runs as its own process (as in the embedded
 * stack), the load comes from this one over loopback: each of `concurrency` simulated browsers has its
 * own dev browser and signed-in session and sends clerk-js's steady-state mix — GET /v1/environment,
 * GET /v1/client, POST /v1/client/sessions/{id}/tokens — one request at a time.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent } from 'node:http';

import { EMULATOR_DEV_PUBLISHABLE_KEY, generateSecretKey } from '../emulator/keys.ts';
import { freePort } from '../src/embedded/ports.ts';
import { runLoad, send, type Call, type LoadResult } from './load.ts';
import { start, waitForUrl } from './processes.ts';

export interface ThroughputOptions {
  concurrency: number;
  maxRequests: number;
  maxMs: number;
}

const ORIGIN = 'http://localhost:3000';
const FORM = { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' };

interface Browser {
  devBrowser: string;
  sessionId: string;
}

async function signedInBrowser(agent: Agent, fapi: string, email: string, password: string): Promise<Browser> {
  const created = await send(agent, { method: 'POST', url: new URL('/v1/dev_browser', fapi), headers: { origin: ORIGIN } });
  const devBrowser = (JSON.parse(created.body) as { id: string }).id;
  const url = new URL('/v1/client/sign_ins', fapi);
  url.searchParams.set('__clerk_db_jwt', devBrowser);
  const body = new URLSearchParams({ identifier: email, password, strategy: 'password' }).toString();
  const signIn = await send(agent, { method: 'POST', url, headers: FORM, body });
  const sessionId = (JSON.parse(signIn.body) as { response?: { created_session_id?: string } }).response?.created_session_id;
  if (signIn.status !== 200 || !sessionId) throw new Error(`sign-in for the benchmark failed: ${signIn.status} ${signIn.body.slice(0, 300)}`);
  return { devBrowser, sessionId };
}

function mix(fapi: string, browser: Browser, i: number): Call {
  const path = [`/v1/environment`, `/v1/client`, `/v1/client/sessions/${browser.sessionId}/tokens`][i % 3] as string;
  const url = new URL(path, fapi);
  url.searchParams.set('__clerk_db_jwt', browser.devBrowser);
  return i % 3 === 2 ? { method: 'POST', url, headers: FORM, body: '' } : { method: 'GET', url, headers: { origin: ORIGIN } };
}

export interface ThroughputResult extends LoadResult {
  /** The emulator's own CPU time per request (Linux /proc): its cost, whatever else the machine runs. */
  cpuMsPerRequest: number | null;
}

/** User + system CPU milliseconds of a process so far (Linux; clock ticks are 10 ms). */
function cpuMs(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return null;
  }
}

export async function emulatorThroughput(options: ThroughputOptions): Promise<ThroughputResult> {
  const [fapiPort, bapiPort] = [await freePort(), await freePort()];
  const email = 'bench+clerk_test@example.com';
  const password = `pw-${randomBytes(12).toString('base64url')}`;
  // CGL_BENCH_PROFILE=<dir>: write a V8 CPU profile of the emulator there (open it in Chrome DevTools).
  const profile = process.env.CGL_BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CGL_BENCH_PROFILE}`] : [];
  const emulator = start('clerk-emulator', process.execPath, [...profile, '--import', 'tsx', 'emulator/cli.ts'], {
    CGL_EMBEDDED: '1', // no env file written
    CGL_EMULATOR_FAPI_PORT: String(fapiPort),
    CGL_EMULATOR_BAPI_PORT: String(bapiPort),
    CLERK_PUBLISHABLE_KEY: EMULATOR_DEV_PUBLISHABLE_KEY,
    CLERK_SECRET_KEY: generateSecretKey('development'),
    CGL_TEST_USER_EMAIL: email,
    CGL_TEST_USER_PASSWORD: password,
    CGL_EMULATOR_LOG: '0',
  });
  const fapi = `http://127.0.0.1:${fapiPort}`;
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  try {
    await waitForUrl(`${fapi}/v1/environment`, 30_000, emulator);
    const browsers: Browser[] = [];
    for (let w = 0; w < options.concurrency; w++) browsers.push(await signedInBrowser(agent, fapi, email, password));
    const next = (w: number, i: number) => mix(fapi, browsers[w] as Browser, i);
    // Warm-up (JIT, key caches), not measured.
    await runLoad(agent, { concurrency: options.concurrency, maxRequests: 600, maxMs: 3_000, next });
    const cpuBefore = cpuMs(emulator.child.pid);
    const result = await runLoad(agent, { ...options, next });
    const cpuAfter = cpuMs(emulator.child.pid);
    const cpu = cpuBefore !== null && cpuAfter !== null ? (cpuAfter - cpuBefore) / Math.max(1, result.requests) : null;
    return { ...result, cpuMsPerRequest: cpu === null ? null : Math.round(cpu * 1000) / 1000 };
  } finally {
    agent.destroy();
    await emulator.stop();
  }
}
