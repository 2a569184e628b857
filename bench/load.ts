/**
 * A bounded load loop over loopback: `concurrency` workers each send one request at a time until
 * `maxRequests` are sent or `maxMs` has passed, whichever comes first. node:http with a keep-alive
 * agent (lighter on the CPU than fetch, which matters when client and server share two cores).
 */
import { Agent, request } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

export interface Call {
  method: string;
  url: URL;
  headers?: Record<string, string>;
  body?: string;
}

export interface Answer {
  status: number;
  body: string;
  /** `name=value` of each Set-Cookie, in order. */
  cookies: string[];
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

/** A keep-alive agent for `url`'s scheme; for https, trusting `ca` (the embedded https front's certificate). */
export function agentFor(url: URL, options: { maxSockets?: number; ca?: Buffer } = {}): Agent {
  const { maxSockets, ca } = options;
  return url.protocol === 'https:'
    ? new HttpsAgent({ keepAlive: true, ...(maxSockets && { maxSockets }), ...(ca && { ca }) })
    : new Agent({ keepAlive: true, ...(maxSockets && { maxSockets }) });
}

export function send(agent: Agent, call: Call): Promise<Answer> {
  const requestOf = call.url.protocol === 'https:' ? httpsRequest : request;
  return new Promise((resolve, reject) => {
    const req = requestOf(call.url, { method: call.method, headers: call.headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      const cookies = (res.headers['set-cookie'] ?? []).map((c) => c.split(';')[0] as string);
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), cookies }),
      );
      res.on('error', reject);
    });
    req.setTimeout(10_000, () => req.destroy(new Error(`timeout: ${call.method} ${call.url.pathname}`)));
    req.on('error', reject);
    req.end(call.body);
  });
}

/** Percentile of sorted milliseconds (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] as number;
}

export function summarize(latencies: number[], errors: number, seconds: number): LoadResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    requests: latencies.length,
    errors,
    seconds: round(seconds),
    perSecond: Math.round(latencies.length / seconds),
    p50: round(percentile(sorted, 50)),
    p95: round(percentile(sorted, 95)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted.at(-1) ?? 0),
  };
}

export interface LoadOptions {
  concurrency: number;
  maxRequests: number;
  maxMs: number;
  /** The i-th call of worker w; answers other than 2xx count as errors. */
  next: (worker: number, i: number) => Call;
  /** Sees each answer (e.g. to keep a worker's cookies). */
  answered?: (worker: number, answer: Answer) => void;
}

export async function runLoad(agent: Agent, options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  let issued = 0;
  const started = performance.now();
  const deadline = started + options.maxMs;
  const worker = async (w: number) => {
    for (let i = 0; issued < options.maxRequests && performance.now() < deadline; i++) {
      issued++;
      const t0 = performance.now();
      const answer = await send(agent, options.next(w, i)).catch((): Answer => ({ status: 0, body: '', cookies: [] }));
      options.answered?.(w, answer);
      latencies.push(performance.now() - t0);
      if (answer.status < 200 || answer.status >= 300) errors++;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
  return summarize(latencies, errors, (performance.now() - started) / 1000);
}
