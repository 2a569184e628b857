/**
 * (a) Emulator FAPI throughput and latency. The emulator runs as its own process (as in the embedded
 * stack), the load comes from this one over loopback: each of `concurrency` simulated browsers has its
 * own signed-in session and sends clerk-js's steady-state mix — GET /v1/environment, GET /v1/client,
 * POST /v1/client/sessions/{id}/tokens — one request at a time. A development-instance browser is named
 * by its dev browser (`__clerk_db_jwt`); a production-instance one by the `__client` / `__client_uat`
 * cookies FAPI sets, which each simulated browser keeps like a cookie jar.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Agent } from 'node:http';

import { emulatorPublishableKey, generateSecretKey, type InstanceKind } from '../emulator/keys.ts';
import { freePort } from '../src/embedded/ports.ts';
import { runLoad, send, type Answer, type Call, type LoadResult } from './load.ts';
import { start, waitForUrl } from './processes.ts';

export interface ThroughputOptions {
  instance: InstanceKind;
  concurrency: number;
  maxRequests: number;
  maxMs: number;
}

const ORIGIN = 'http://localhost:3000';
const FORM = { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' };

/** One simulated browser: its dev browser (development) or its cookie jar (production). */
class Browser {
  devBrowser: string | null = null;
  sessionId = '';
  readonly cookies = new Map<string, string>();

  keep(answer: Answer): void {
    for (const pair of answer.cookies) {
      const at = pair.indexOf('=');
      if (at > 0) this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }

  call(fapi: string, method: 'GET' | 'POST', path: string, body?: string): Call {
    const url = new URL(path, fapi);
    if (this.devBrowser) url.searchParams.set('__clerk_db_jwt', this.devBrowser);
    const headers: Record<string, string> = method === 'POST' ? { ...FORM } : { origin: ORIGIN };
    if (this.cookies.size > 0) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    return { method, url, headers, body };
  }
}

async function signedInBrowser(
  agent: Agent,
  fapi: string,
  instance: InstanceKind,
  email: string,
  password: string,
): Promise<Browser> {
  const browser = new Browser();
  if (instance === 'development') {
    const created = await send(agent, {
      method: 'POST',
      url: new URL('/v1/dev_browser', fapi),
      headers: { origin: ORIGIN },
    });
    browser.devBrowser = (JSON.parse(created.body) as { id: string }).id;
  }
  const body = new URLSearchParams({ identifier: email, password, strategy: 'password' }).toString();
  const signIn = await send(agent, browser.call(fapi, 'POST', '/v1/client/sign_ins', body));
  browser.keep(signIn);
  const sessionId = (JSON.parse(signIn.body) as { response?: { created_session_id?: string } }).response
    ?.created_session_id;
  if (signIn.status !== 200 || !sessionId)
    throw new Error(`sign-in for the benchmark failed: ${signIn.status} ${signIn.body.slice(0, 300)}`);
  browser.sessionId = sessionId;
  if (instance === 'production' && !browser.cookies.has('__client'))
    throw new Error('the production emulator set no __client cookie on sign-in');
  return browser;
}

function mix(fapi: string, browser: Browser, i: number): Call {
  if (i % 3 === 0) return browser.call(fapi, 'GET', '/v1/environment');
  if (i % 3 === 1) return browser.call(fapi, 'GET', '/v1/client');
  return browser.call(fapi, 'POST', `/v1/client/sessions/${browser.sessionId}/tokens`, '');
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
  const profile = process.env.CGL_BENCH_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.CGL_BENCH_PROFILE}`]
    : [];
  const emulator = start('clerk-emulator', process.execPath, [...profile, '--import', 'tsx', 'emulator/cli.ts'], {
    CGL_EMBEDDED: '1', // no env file written
    CGL_EMULATOR_FAPI_PORT: String(fapiPort),
    CGL_EMULATOR_BAPI_PORT: String(bapiPort),
    CLERK_PUBLISHABLE_KEY: emulatorPublishableKey(options.instance),
    CLERK_SECRET_KEY: generateSecretKey(options.instance),
    CGL_TEST_USER_EMAIL: email,
    CGL_TEST_USER_PASSWORD: password,
    CGL_EMULATOR_LOG: '0',
  });
  const fapi = `http://127.0.0.1:${fapiPort}`;
  const agent = new Agent({ keepAlive: true, maxSockets: options.concurrency });
  try {
    await waitForUrl(`${fapi}/v1/environment`, 30_000, emulator);
    const browsers: Browser[] = [];
    for (let w = 0; w < options.concurrency; w++)
      browsers.push(await signedInBrowser(agent, fapi, options.instance, email, password));
    const next = (w: number, i: number) => mix(fapi, browsers[w] as Browser, i);
    const answered = (w: number, answer: Answer) => browsers[w]?.keep(answer);
    // Warm-up (JIT, key caches), not measured.
    await runLoad(agent, { concurrency: options.concurrency, maxRequests: 600, maxMs: 3_000, next, answered });
    const cpuBefore = cpuMs(emulator.child.pid);
    const result = await runLoad(agent, { ...options, next, answered });
    const cpuAfter = cpuMs(emulator.child.pid);
    const cpu = cpuBefore !== null && cpuAfter !== null ? (cpuAfter - cpuBefore) / Math.max(1, result.requests) : null;
    return { ...result, cpuMsPerRequest: cpu === null ? null : Math.round(cpu * 1000) / 1000 };
  } finally {
    agent.destroy();
    await emulator.stop();
  }
}
