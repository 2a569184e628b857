// tls.caFile and tls.insecureHosts against a real https server (in its own process: the trust is resolved
// synchronously, as the config loader needs): a certificate that chains to the CA file is trusted by its key
// and NODE_EXTRA_CA_CERTS points at the file; one that does not stops the run naming the field.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { X509Certificate } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { parseProfile } from '../../src/config/index.ts';
import { chromiumTrustArgs, resolveTlsTrust, spkiHash, TlsSettingError } from '../../src/project/tls-trust.ts';
import { localhostCertificate } from '../../targets/https-front/certificate.ts';
import { validEnv } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'cgl-tls-'));
const served = localhostCertificate();
const other = localhostCertificate();
const servedFile = join(dir, 'served.pem');
const otherFile = join(dir, 'other.pem');
let server: ChildProcess;
let port = 0;

test.beforeAll(async () => {
  writeFileSync(servedFile, served.cert);
  writeFileSync(otherFile, other.cert);
  const script =
    "const https = require('node:https'); const s = https.createServer(JSON.parse(process.env.TLS), (q, r) => r.end('ok'));" +
    "s.listen(0, () => console.log('PORT ' + s.address().port));";
  server = spawn(process.execPath, ['-e', script], { env: { ...process.env, TLS: JSON.stringify(served) } });
  port = await new Promise<number>((done, fail) => {
    let out = '';
    server.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const found = /PORT (\d+)/.exec(out);
      if (found) done(Number(found[1]));
    });
    server.on('exit', (code) => fail(new Error(`the https server exited (${code}): ${out}`)));
  });
});

test.afterAll(() => server.kill());

const profileWith = (tls: Record<string, string>) =>
  parseProfile(validEnv({ TARGET_URL: `https://localhost:${port}`, ...tls }));

test('a CA file the target chains to: its certificates and the target key are trusted, for requests too', () => {
  const env: Record<string, string | undefined> = {};
  const trust = resolveTlsTrust(profileWith({ CGL_TLS_CA_FILE: servedFile }), env);
  expect(trust.ignoreHTTPSErrors).toBe(false);
  expect(trust.spki).toContain(spkiHash(new X509Certificate(served.cert)));
  expect(chromiumTrustArgs(trust)).toEqual([`--ignore-certificate-errors-spki-list=${trust.spki[0]}`]);
  expect(env.NODE_EXTRA_CA_CERTS).toBe(servedFile);
  // The workers read the main process's result instead of probing again.
  expect(JSON.parse(env.CGL_TLS_TRUST!)).toEqual(trust);
});

test('a CA file the target does not chain to stops the run, naming the field and the host', () => {
  const run = () => resolveTlsTrust(profileWith({ CGL_TLS_CA_FILE: otherFile }), {});
  expect(run).toThrow(TlsSettingError);
  expect(run).toThrow(/^tls\.caFile \(CGL_TLS_CA_FILE\): the certificate localhost:\d+ presents does not verify/);
});

test('a missing or empty CA file is a setting error naming the field', () => {
  expect(() => resolveTlsTrust(profileWith({ CGL_TLS_CA_FILE: join(dir, 'nope.pem') }), {})).toThrow(
    /tls\.caFile \(CGL_TLS_CA_FILE\): .*nope\.pem does not exist/,
  );
  const empty = join(dir, 'empty.pem');
  writeFileSync(empty, 'not a certificate');
  expect(() => resolveTlsTrust(profileWith({ CGL_TLS_CA_FILE: empty }), {})).toThrow(/holds no "BEGIN CERTIFICATE"/);
});

test('insecureHosts ignores certificate errors only when the target is one of them', () => {
  const listed = resolveTlsTrust(profileWith({ CGL_TLS_INSECURE_HOSTS: 'localhost' }), {});
  expect(listed.ignoreHTTPSErrors).toBe(true);
  expect(listed.notes.join('\n')).toContain('certificate errors are ignored for localhost');
  expect(resolveTlsTrust(profileWith({ CGL_TLS_INSECURE_HOSTS: 'staging.internal' }), {}).ignoreHTTPSErrors).toBe(
    false,
  );
  expect(resolveTlsTrust(profileWith({}), {})).toEqual({ ignoreHTTPSErrors: false, spki: [], notes: [] });
});

test('bad tls values are profile errors naming the field', () => {
  expect(() => profileWith({ CGL_TLS_INSECURE_HOSTS: 'https://staging.internal' })).toThrow(/CGL_TLS_INSECURE_HOSTS/);
  expect(() => parseProfile(validEnv(), { tls: { insecureHosts: ['a/b'] } })).toThrow(/tls\.insecureHosts/);
  expect(() => parseProfile(validEnv(), { tls: { caFile: ' ' } })).toThrow(/tls\.caFile/);
});
