// `npm run build` (and `npm pack`, through prepack): the published package's dist/ — the TypeScript compiled
// to ESM with declarations and source maps, plus the few data files the compiled code reads at run time.
import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');

const started = Date.now();
rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
const DATA_FILES = [
  'emulator/clerk-assets.json', // the pinned clerk-js / @clerk/ui versions the emulator serves
  'targets/express/public', // the Express reference app's browser script
  'targets/express/package.json', // the versions `clerk-go-live setup` installs for it
];
for (const file of DATA_FILES) cpSync(join(root, file), join(dist, file), { recursive: true });
chmodSync(join(dist, 'src/cli/main.js'), 0o755);
console.log(`build: dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
