/**
 * (b) 100 Svix-signed webhook replays against the local reference app's /api/webhooks/clerk (issue 5,
 * "Speed": ≤ 2 s). The embedded stack (emulator + reference app, CGL_REFERENCE_APP picks which) is
 * started exactly as the suite starts it (src/embedded/stack.ts), with its own ports and secrets.
 * Deliveries go one at a time, as the suite's replay tests send them, cycling through every event
 * in the catalog; each is built and schema-checked by buildEvent and signed by the svix library.
 */
import { readFileSync } from 'node:fs';

import { embeddedWebServers, prepareEmbeddedStack } from '../src/embedded/stack.ts';
import { buildEvent, EVENT_TYPES } from '../src/webhooks/catalog.ts';
import { signDelivery } from '../src/webhooks/signer.ts';
import { agentFor, send, summarize, type LoadResult } from './load.ts';
import { start, waitForUrl, type Started } from './processes.ts';

export interface ReplayResult extends LoadResult {
  app: string;
  totalMs: number;
  statuses: Record<string, number>;
}

export async function signedReplays(count: number): Promise<ReplayResult> {
  // A copy of the environment: prepareEmbeddedStack writes its choices into the object it is given.
  const env: NodeJS.ProcessEnv = { ...process.env, CGL_EMBEDDED: '', CGL_APP_PORT: '', CGL_FAULTS: '' };
  const stack = await prepareEmbeddedStack(env);
  const started: Started[] = [];
  // Where the suite sends them: the target (the https front, when on), not the app behind it.
  const url = new URL('/api/webhooks/clerk', stack.env.TARGET_URL ?? stack.appURL);
  // The embedded https front (on by default) serves a certificate made for this run: trusted here, as the suite does.
  const caFile = stack.env.CGL_TLS_CA_FILE;
  const agent = agentFor(url, { maxSockets: 1, ...(caFile && { ca: readFileSync(caFile) }) });
  try {
    for (const server of embeddedWebServers(stack)) {
      const process = start(server.name, 'sh', ['-c', server.command], server.env);
      started.push(process);
      await waitForUrl(
        server.url,
        server.timeout,
        process,
        new URL(server.url).protocol === 'https:' ? agent : undefined,
      );
    }
    const secret = stack.env.CLERK_WEBHOOK_SIGNING_SECRET as string;
    const deliveries = Array.from({ length: count }, (_, i) => {
      const type = EVENT_TYPES[i % EVENT_TYPES.length]!;
      return signDelivery(secret, JSON.stringify(buildEvent(type, `bench${i}`)));
    });
    // One unmeasured delivery: the first request to a route makes Next.js load it.
    await send(agent, { method: 'POST', url, headers: deliveries[0]!.headers, body: deliveries[0]!.body });

    const latencies: number[] = [];
    const statuses: Record<string, number> = {};
    const t0 = performance.now();
    for (const delivery of deliveries) {
      const t = performance.now();
      const answer = await send(agent, { method: 'POST', url, headers: delivery.headers, body: delivery.body });
      latencies.push(performance.now() - t);
      statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
    }
    const totalMs = performance.now() - t0;
    const errors = Object.entries(statuses)
      .filter(([s]) => Number(s) < 200 || Number(s) >= 300)
      .reduce((n, [, c]) => n + c, 0);
    return {
      ...summarize(latencies, errors, totalMs / 1000),
      app: stack.env.CGL_REFERENCE_APP ?? 'nextjs',
      totalMs: Math.round(totalMs),
      statuses,
    };
  } finally {
    agent.destroy();
    for (const process of started.reverse()) await process.stop();
  }
}
