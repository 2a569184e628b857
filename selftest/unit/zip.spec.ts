// The zip reader/writer the trace scrubber rewrites traces with (src/report/zip.ts), and the scrub itself.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateRawSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { scrubTraceZip } from '../../src/report/scrub.ts';
import { readZip, writeZip, ZipError } from '../../src/report/zip.ts';

const entries = [
  { name: 'trace.trace', data: Buffer.from('{"type":"context-options"}\n'.repeat(50)) },
  { name: 'resources/0a1b2c.dat', data: Buffer.from([0, 1, 2, 255, 254]) },
  { name: 'resources/é-ü.txt', data: Buffer.from('') },
];

test('a zip written by writeZip reads back entry for entry, names and order kept', () => {
  const zip = writeZip(entries);
  expect(readZip(zip)).toEqual(entries);
  // Compressible entries are deflated, the rest stored.
  expect(zip.length).toBeLessThan(entries[0]!.data.length);
});

test('readZip reads a zip whose sizes and CRC live in data descriptors (as Playwright writes traces)', () => {
  // One deflated entry with general purpose bit 3 set: zeros in the local header, a descriptor after the data.
  const data = Buffer.from('{"type":"before"}\n');
  const body = deflateRawSync(data);
  const name = Buffer.from('trace.trace');
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(0x0808, 6);
  local.writeUInt16LE(8, 8);
  local.writeUInt16LE(name.length, 26);
  const descriptor = Buffer.alloc(16);
  const crc = crc32(data);
  descriptor.writeUInt32LE(0x08074b50, 0);
  descriptor.writeUInt32LE(crc, 4);
  descriptor.writeUInt32LE(body.length, 8);
  descriptor.writeUInt32LE(data.length, 12);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(0x0808, 8);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(body.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const directoryAt = 30 + name.length + body.length + descriptor.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(directoryAt, 16);
  const zip = Buffer.concat([local, name, body, descriptor, central, name, end]);
  expect(readZip(zip)).toEqual([{ name: 'trace.trace', data }]);
});

test('readZip refuses what it cannot read, and a corrupted entry', () => {
  expect(() => readZip(Buffer.from('not a zip at all, just text'))).toThrow(ZipError);
  const zip = writeZip([{ name: 'a.txt', data: Buffer.from('hello hello hello') }]);
  const corrupt = Buffer.from(zip);
  const at = 30 + 'a.txt'.length; // the entry's first data byte
  corrupt.writeUInt8(corrupt.readUInt8(at) ^ 0xff, at);
  expect(() => readZip(corrupt)).toThrow();
});

test('scrubTraceZip redacts text entries in place and leaves binary ones and names alone', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cgl-zip-'));
  const path = join(dir, 'trace.zip');
  const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ1c2VyXzEyMyJ9.c2lnbmF0dXJl';
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.from('pw-secret-value')]);
  writeFileSync(
    path,
    writeZip([
      { name: 'trace.trace', data: Buffer.from(`${JSON.stringify({ params: { value: 'pw-secret-value' } })}\n`) },
      { name: 'trace.network', data: Buffer.from(`${JSON.stringify({ cookie: `__session=${jwt}` })}\n`) },
      { name: 'resources/abc123.png', data: png },
    ]),
  );
  scrubTraceZip(path, ['pw-secret-value']);
  const clean = readZip(readFileSync(path));
  rmSync(dir, { recursive: true, force: true });
  expect(clean.map((e) => e.name)).toEqual(['trace.trace', 'trace.network', 'resources/abc123.png']);
  expect(JSON.parse(clean[0]!.data.toString())).toEqual({ params: { value: '[redacted]' } });
  expect(JSON.parse(clean[1]!.data.toString())).toEqual({ cookie: '__session=[redacted]' });
  expect(clean[2]!.data).toEqual(png);
});
