// The embedded stack's https front (on by default; CGL_HTTPS=0 turns it off): the reference app keeps its
// plain-http port, and the https front is put in front of it. TARGET_URL becomes https://localhost:<front>, and CGL_HTTP_URL names
// the plain-http entry that must redirect to it (tests/headers/https-redirect.spec.ts probes it).
// src/embedded/stack.ts calls these two functions and nothing else of the front.
// It also applies the preflight faults (test keys on a production profile, …) to the stack's env.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeCommand, stateDir } from '../../src/project/dirs.ts';
import { localhostCertificate } from './certificate.ts';
import { applyPreflightFaults, SERVER_ONLY_ENV_NAMES } from '../faults/preflight.ts';

export const HTTPS_ENV_NAMES = [
  'CGL_HTTPS',
  'CGL_FRONT_HTTPS_PORT',
  'CGL_FRONT_HTTP_PORT',
  'CGL_HTTP_URL',
  'CGL_FRONT_CERT_FILE',
  'CGL_FRONT_KEY_FILE',
  'CGL_TLS_CA_FILE',
  'CGL_ENVIRONMENT',
  ...SERVER_ONLY_ENV_NAMES,
] as const;

/**
 * The env for the stack's servers (emulator, app): the stack's env with the values a preflight fault took
 * from the suite (webhook-secret-not-given, secret-key-of-another-instance,
 * development-instance-deployed) given back. Unchanged otherwise.
 */
export function serverEnv(env: Record<string, string>): Record<string, string> {
  return {
    ...env,
    CLERK_PUBLISHABLE_KEY: env.CGL_SERVER_CLERK_PUBLISHABLE_KEY || env.CLERK_PUBLISHABLE_KEY || '',
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY:
      env.CGL_SERVER_CLERK_PUBLISHABLE_KEY || env.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY || '',
    CLERK_SECRET_KEY: env.CGL_SERVER_CLERK_SECRET_KEY || env.CLERK_SECRET_KEY || '',
    CLERK_WEBHOOK_SIGNING_SECRET: env.CGL_SERVER_CLERK_WEBHOOK_SIGNING_SECRET || env.CLERK_WEBHOOK_SIGNING_SECRET || '',
  };
}

// Faults that only show over https: with one of them on, the front is turned on, so the fault matrix
// (which sets only CGL_FAULTS) proves them.
export const HTTPS_ONLY_FAULTS: readonly string[] = ['hsts-missing', 'hsts-short', 'http-not-redirected'];

/**
 * Unless CGL_HTTPS=0 (an https-only fault turns it on regardless): pick the front's ports and point
 * TARGET_URL at it.
 * Then apply the preflight faults. `values` is the stack's env, changed in place.
 */
export function addHttpsFront(
  values: Record<string, string>,
  env: Record<string, string | undefined>,
  [httpsPort, httpPort]: readonly [number, number],
): void {
  const faults = (env.CGL_FAULTS ?? '').split(',').map((id) => id.trim());
  applyPreflightFaults(values, faults);
  if (env.CGL_HTTPS === '0' && !faults.some((id) => HTTPS_ONLY_FAULTS.includes(id))) return;
  Object.assign(values, {
    CGL_HTTPS: '1',
    CGL_FRONT_HTTPS_PORT: String(httpsPort),
    CGL_FRONT_HTTP_PORT: String(httpPort),
    TARGET_URL: `https://localhost:${httpsPort}`,
    CGL_HTTP_URL: `http://localhost:${httpPort}`,
  });
  // The front's certificate, made here and trusted by the suite the way a team trusts a private staging CA
  // (tls.caFile: requests through NODE_EXTRA_CA_CERTS, Chromium through the certificate's key), not by
  // ignoring certificate errors.
  const dir = join(stateDir(env as NodeJS.ProcessEnv), 'https-front');
  mkdirSync(dir, { recursive: true });
  const certificate = localhostCertificate();
  const certFile = join(dir, `cert-${httpsPort}.pem`);
  const keyFile = join(dir, `key-${httpsPort}.pem`);
  writeFileSync(certFile, certificate.cert);
  writeFileSync(keyFile, certificate.key, { mode: 0o600 });
  Object.assign(values, { CGL_FRONT_CERT_FILE: certFile, CGL_FRONT_KEY_FILE: keyFile, CGL_TLS_CA_FILE: certFile });
}

/** The Playwright `webServer` entry for the front, or none when CGL_HTTPS is off. Starts after the app. */
export function httpsFrontWebServers(env: Record<string, string>) {
  if (env.CGL_HTTPS !== '1') return [];
  return [
    {
      env,
      reuseExistingServer: false,
      stdout: 'ignore',
      stderr: 'pipe',
      name: 'https-front',
      command: nodeCommand('targets/https-front/cli'),
      url: `https://localhost:${env.CGL_FRONT_HTTPS_PORT}/api/public/health`,
      // The certificate is made at start and self-signed: trusted here and by the suite for this target only.
      ignoreHTTPSErrors: true,
      timeout: 30_000,
    } as const,
  ];
}
