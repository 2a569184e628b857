// `npx tsx targets/https-front/cli.ts`: runs the https front for the embedded stack. Reads
// CGL_FRONT_HTTPS_PORT, CGL_FRONT_HTTP_PORT and CGL_APP_PORT (the app behind it); stops on SIGTERM/SIGINT.
import { readFileSync } from 'node:fs';
import { faultOn } from '../faults.ts';
import { startHttpsFront } from './front.ts';

function port(name: string): number {
  const value = process.env[name];
  if (!value || !/^\d+$/.test(value)) {
    console.error(`https-front: ${name} must be a port number, got "${value ?? ''}"`);
    process.exit(1);
  }
  return Number(value);
}

const front = await startHttpsFront({
  httpsPort: port('CGL_FRONT_HTTPS_PORT'),
  httpPort: port('CGL_FRONT_HTTP_PORT'),
  upstreamPort: port('CGL_APP_PORT'),
  serveHttp: faultOn('http-not-redirected'),
  // The certificate the stack made and the suite trusts (tls.caFile), when it made one.
  ...(process.env.CGL_FRONT_CERT_FILE &&
    process.env.CGL_FRONT_KEY_FILE && {
      certificate: {
        cert: readFileSync(process.env.CGL_FRONT_CERT_FILE, 'utf8'),
        key: readFileSync(process.env.CGL_FRONT_KEY_FILE, 'utf8'),
      },
    }),
});
console.log(
  `https-front: ${front.httpsURL} -> http://localhost:${process.env.CGL_APP_PORT}; ${front.httpURL} redirects to https`,
);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => void front.close().then(() => process.exit(0)));
}
