// Starts the Hono reference app on http://localhost:$CGL_APP_PORT with the env the other apps read:
// CLERK_SECRET_KEY, CLERK_API_URL (BAPI), CLERK_FAPI_URL (the proxy's upstream), CLERK_WEBHOOK_SIGNING_SECRET,
// CGL_INSTANCE, CGL_APP_ORIGINS. No build step.
import { createAdaptorServer } from '@hono/node-server';
import type { Server } from 'node:http';
import { emulatorPublishableKey, instanceFrom, instanceProblem } from '../shared/instance.ts';
import { exitOnEnvProblems, runTimeEnvProblems, startLine } from '../shared/start-env.ts';
import { createApp } from './app.ts';

const env = process.env;
const publishableKey =
  env.CLERK_PUBLISHABLE_KEY || (instanceProblem(env) ? '' : emulatorPublishableKey(instanceFrom(env)));
exitOnEnvProblems('hono', runTimeEnvProblems(env, publishableKey, 'hono'));
Object.assign(env, { NODE_ENV: 'production', CLERK_TELEMETRY_DISABLED: '1' });

const app = createApp({ publishableKey, secretKey: env.CLERK_SECRET_KEY!, apiUrl: env.CLERK_API_URL! });
const port = Number(env.CGL_APP_PORT);

// localhost may resolve to 127.0.0.1 or ::1: listen on both loopbacks, never on the network.
function listen(host: string): Promise<Server | null> {
  return new Promise((resolve, reject) => {
    const server = createAdaptorServer({ fetch: app.fetch }) as Server;
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (host === '::1' && (error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT')) resolve(null);
      else reject(error);
    });
    server.listen(port, host, () => resolve(server));
  });
}

console.log(startLine('hono', env));
const servers = (await Promise.all([listen('127.0.0.1'), listen('::1')])).filter((server) => server !== null);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    for (const server of servers) server.close();
    process.exit(0);
  });
}
