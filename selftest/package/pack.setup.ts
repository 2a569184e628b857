// Builds and packs the package once per self-test run; the install tests (install.spec.ts) use the tarball.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, test } from '@playwright/test';
import { packTarball, TARBALL_NOTE } from './consumer.ts';

test('npm pack builds dist/ and makes the tarball', () => {
  const tarball = packTarball();
  expect(tarball).toMatch(/clerk-go-live-.+\.tgz$/);
  mkdirSync(dirname(TARBALL_NOTE), { recursive: true });
  writeFileSync(TARBALL_NOTE, `${tarball}\n`);
});
