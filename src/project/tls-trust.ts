// Trusting a staging certificate the system does not: a private CA (profile tls.caFile) or a host whose
// certificate errors are accepted as they are (tls.insecureHosts). Never on by default.
//   - requests (Playwright's request context, in the workers): NODE_EXTRA_CA_CERTS, which Node reads only at
//     start, so it is set here, in the main process, before the workers start;
//   - Chromium: --ignore-certificate-errors-spki-list with the keys of the CA file's certificates and of the
//     target's own certificate once it has been verified against that CA here (so no other host is trusted);
//   - insecureHosts: ignoreHTTPSErrors for the run, only when the target's host is listed.
// Resolved once in the main process; the workers read the result from CGL_TLS_TRUST.
import { execFileSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { Profile } from '../config/index.ts';
import { projectDir, stateDir } from './dirs.ts';

type Env = Record<string, string | undefined>;

export interface TlsTrust {
  /** Playwright's ignoreHTTPSErrors for the run: only for a target listed in tls.insecureHosts. */
  ignoreHTTPSErrors: boolean;
  /** Base64 SHA-256 of the SubjectPublicKeyInfo of each certificate Chromium accepts despite its chain. */
  spki: string[];
  /** Lines to print at start (what is trusted, and why). */
  notes: string[];
}

/** A problem with the TLS settings, naming the field: the run stops before any browser starts. */
export class TlsSettingError extends Error {}

const NONE: TlsTrust = { ignoreHTTPSErrors: false, spki: [], notes: [] };

export function spkiHash(cert: X509Certificate): string {
  return createHash('sha256')
    .update(cert.publicKey.export({ type: 'spki', format: 'der' }))
    .digest('base64');
}

/** Every certificate in a PEM bundle. */
export function certificatesIn(pem: string): X509Certificate[] {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g) ?? [];
  return blocks.map((block) => new X509Certificate(block));
}

// Run in a child process (the config is loaded synchronously): connects to the target, verifies its
// certificate against the CA file, prints {authorized, error, spki} of the certificate it presents.
const PROBE = `
const tls = require('node:tls'); const { createHash } = require('node:crypto');
const { host, port, ca } = JSON.parse(process.env.CGL_TLS_PROBE);
const socket = tls.connect({ host, port, servername: host, ca: ca || undefined, rejectUnauthorized: false, timeout: 5000 }, () => {
  const cert = socket.getPeerX509Certificate();
  const spki = cert ? createHash('sha256').update(cert.publicKey.export({ type: 'spki', format: 'der' })).digest('base64') : null;
  process.stdout.write(JSON.stringify({ authorized: socket.authorized, error: socket.authorizationError ? String(socket.authorizationError) : null, spki }));
  socket.destroy();
});
socket.on('timeout', () => { process.stdout.write(JSON.stringify({ unreachable: 'no answer within 5 s' })); socket.destroy(); });
socket.on('error', (e) => process.stdout.write(JSON.stringify({ unreachable: e.message })));
`;

interface ProbeResult {
  authorized?: boolean;
  error?: string | null;
  spki?: string | null;
  unreachable?: string;
}

function probe(url: URL, ca: string | null): ProbeResult {
  const port = Number(url.port || 443);
  const out = execFileSync(process.execPath, ['-e', PROBE], {
    env: { ...process.env, CGL_TLS_PROBE: JSON.stringify({ host: url.hostname, port, ca }) },
    encoding: 'utf8',
    timeout: 10_000,
  });
  return JSON.parse(out || '{"unreachable":"no answer"}') as ProbeResult;
}

/** Points NODE_EXTRA_CA_CERTS at the CA file (or at a bundle of it and the one already set). */
function addExtraCa(file: string, env: Env): void {
  const current = env.NODE_EXTRA_CA_CERTS;
  if (!current || resolve(current) === file) {
    env.NODE_EXTRA_CA_CERTS = file;
    return;
  }
  const bundle = join(stateDir(env as NodeJS.ProcessEnv), 'tls', 'extra-ca.pem');
  mkdirSync(dirname(bundle), { recursive: true });
  writeFileSync(bundle, `${readFileSync(current, 'utf8')}\n${readFileSync(file, 'utf8')}`);
  env.NODE_EXTRA_CA_CERTS = bundle;
}

/**
 * What the run trusts beyond the system's CAs. In the main process: checks the CA file, verifies the target's
 * certificate against it, sets NODE_EXTRA_CA_CERTS for the workers; in a worker: the main process's result.
 */
export function resolveTlsTrust(profile: Profile, env: Env = process.env): TlsTrust {
  if (env.CGL_TLS_TRUST) return JSON.parse(env.CGL_TLS_TRUST) as TlsTrust;
  const trust = computeTrust(profile, env);
  env.CGL_TLS_TRUST = JSON.stringify(trust);
  return trust;
}

function computeTrust(profile: Profile, env: Env): TlsTrust {
  const target = new URL(profile.baseURL);
  const trust: TlsTrust = { ...NONE, spki: [], notes: [] };
  if (profile.tls.insecureHosts.includes(target.hostname)) {
    trust.ignoreHTTPSErrors = true;
    trust.notes.push(
      `TLS: certificate errors are ignored for ${target.hostname} (tls.insecureHosts): the suite cannot tell ` +
        'its certificate from an impostor’s. Prefer tls.caFile with the CA that signs it.',
    );
  }
  if (!profile.tls.caFile) return trust;

  const field = 'tls.caFile (CGL_TLS_CA_FILE)';
  const file = isAbsolute(profile.tls.caFile)
    ? profile.tls.caFile
    : resolve(projectDir(env as NodeJS.ProcessEnv), profile.tls.caFile);
  if (!existsSync(file)) throw new TlsSettingError(`${field}: ${file} does not exist.`);
  let pem: string;
  let certs: X509Certificate[];
  try {
    pem = readFileSync(file, 'utf8');
    certs = certificatesIn(pem);
  } catch (error) {
    throw new TlsSettingError(`${field}: ${file} cannot be read as PEM certificates (${(error as Error).message}).`);
  }
  if (certs.length === 0) throw new TlsSettingError(`${field}: ${file} holds no "BEGIN CERTIFICATE" block.`);
  addExtraCa(file, env);
  trust.spki.push(...certs.map(spkiHash));

  // The target's own certificate, verified against the CA here: a server that sends only its leaf (the CA
  // not in the chain) is trusted by the browser through the leaf's key, and nothing else is.
  if (target.protocol === 'https:' && !profile.embedded) {
    const result = probe(target, pem);
    if (result.unreachable) {
      trust.notes.push(
        `TLS: ${target.host} did not answer at start (${result.unreachable}); its certificate is checked by the tests.`,
      );
    } else if (!result.authorized) {
      throw new TlsSettingError(
        `${field}: the certificate ${target.host} presents does not verify against ${file} ` +
          `(${result.error ?? 'not authorized'}). Name the CA that signs it (the whole chain up to the root).`,
      );
    } else if (result.spki) trust.spki.push(result.spki);
  }
  trust.notes.push(`TLS: trusting ${certs.length} certificate(s) from ${file} for requests and the browser.`);
  return trust;
}

/** Chromium's flag for the trusted keys, or nothing. */
export function chromiumTrustArgs(trust: TlsTrust): string[] {
  const spki = [...new Set(trust.spki)];
  return spki.length > 0 ? [`--ignore-certificate-errors-spki-list=${spki.join(',')}`] : [];
}
