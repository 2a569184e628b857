// Starts the Express reference app on http://localhost:$CGL_APP_PORT with the same env as
// targets/nextjs/start.ts: CLERK_SECRET_KEY, CLERK_API_URL (BAPI), CLERK_FAPI_URL (the proxy's upstream),
// CLERK_WEBHOOK_SIGNING_SECRET, CGL_INSTANCE, CGL_FAULTS. No build step: the app serves the publishable
// key of the instance CGL_INSTANCE selects (or CLERK_PUBLISHABLE_KEY), read at start.
import { createServer, type Server } from 'node:http';
import { emulatorPublishableKey, instanceFrom, instanceProblem } from '../shared/instance.ts';
import { exitOnEnvProblems, runTimeEnvProblems, startLine } from '../shared/start-env.ts';

const env = process.env;
// A bad CGL_INSTANCE is reported with the rest below; no key is chosen for it.
const publishableKey =
  env.CLERK_PUBLISHABLE_KEY || (instanceProblem(env) ? '' : emulatorPublishableKey(instanceFrom(env)));
exitOnEnvProblems('express', runTimeEnvProblems(env, publishableKey, 'express'));
// Express's default error handler and @clerk/express read NODE_ENV: this is a production app.
Object.assign(env, { NODE_ENV: 'production', CLERK_PUBLISHABLE_KEY: publishableKey, CLERK_TELEMETRY_DISABLED: '1' });

// Imported after the env is final: @clerk/express reads it when its modules load.
const { createApp } = await import('./app.ts');
const app = createApp({ publishableKey });
const port = Number(env.CGL_APP_PORT);

// localhost may resolve to 127.0.0.1 or ::1: listen on both loopbacks, never on the network.
function listen(host: string): Promise<Server | null> {
  return new Promise((resolve, reject) => {
    const server = createServer(app);
    server.once('error', (error: NodeJS.ErrnoException) => {
      // No IPv6 loopback on this machine: 127.0.0.1 alone is fine.
      if (host === '::1' && (error.code === 'EADDRNOTAVAIL' || error.code === 'EAFNOSUPPORT')) resolve(null);
      else reject(error);
    });
    server.listen(port, host, () => resolve(server));
  });
}

console.log(startLine('express', env));
const servers = (await Promise.all([listen('127.0.0.1'), listen('::1')])).filter((server) => server !== null);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    for (const server of servers) server.close();
    process.exit(0);
  });
}
