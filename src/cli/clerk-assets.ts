/**
 * Fetches the browser bundles of @clerk/clerk-js and @clerk/ui that the emulator serves on FAPI.
 *
 * They are not npm dependencies on purpose: their dependency trees are huge, while each package's
 * dist/ folder is a self-contained bundle. So we `npm pack` the exact versions pinned in
 * emulator/clerk-assets.json and keep only dist/, in .cache/clerk-assets/<unscoped name>/dist.
 * Idempotent: a package whose dist/ is already there at the pinned version is skipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { assetDir, CLERK_ASSETS_ROOT, pinnedClerkAssets } from '../../emulator/clerk-assets.ts';

function isFetched(name: string, version: string): boolean {
  const marker = join(assetDir(name), 'VERSION');
  return (
    existsSync(join(assetDir(name), 'dist')) && existsSync(marker) && readFileSync(marker, 'utf8').trim() === version
  );
}

function fetchPackage(name: string, version: string): void {
  const packDir = join(CLERK_ASSETS_ROOT, '.pack');
  mkdirSync(packDir, { recursive: true });
  const output = execFileSync(
    'npm',
    ['pack', `${name}@${version}`, '--pack-destination', packDir, '--json', '--silent'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [packed] = JSON.parse(output) as { filename: string }[];
  if (!packed) throw new Error(`npm pack ${name}@${version} reported no tarball`);

  // Extract next to the target, then swap it in, so an interrupted run never leaves half a dist/.
  const target = assetDir(name);
  const staging = `${target}.staging-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  execFileSync('tar', ['-xzf', join(packDir, packed.filename), '-C', staging, '--strip-components=1', 'package/dist']);
  writeFileSync(join(staging, 'VERSION'), `${version}\n`);
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
  rmSync(join(packDir, packed.filename), { force: true });
}

export function fetchClerkAssets(log: (line: string) => void = console.log): void {
  for (const [name, version] of Object.entries(pinnedClerkAssets())) {
    if (isFetched(name, version)) {
      log(`${name}@${version}: already in ${assetDir(name)}`);
      continue;
    }
    log(`${name}@${version}: npm pack ...`);
    fetchPackage(name, version);
    log(`${name}@${version}: extracted to ${join(assetDir(name), 'dist')}`);
  }
  rmSync(join(CLERK_ASSETS_ROOT, '.pack'), { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  fetchClerkAssets();
}
