// A throw-away certificate for the local https front: made at start, in memory, valid for a day, for
// localhost only. Nothing is written to disk and no trust store is touched; the suite trusts it only for
// the embedded target (ignoreHTTPSErrors when profile.embedded).
import { generate } from 'selfsigned';

export interface Certificate {
  key: string;
  cert: string;
}

export async function localhostCertificate(): Promise<Certificate> {
  const now = new Date();
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate: new Date(now.getTime() + 24 * 3600_000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  });
  return { key: pems.private, cert: pems.cert };
}
