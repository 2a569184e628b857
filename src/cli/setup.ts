// `clerk-go-live setup` (`npm run setup` in this repository): everything a run needs on this machine, none
// of it a browser download that a closed network cannot reach. Idempotent: a second run only checks.
//   1. a Chromium: Playwright's own if installed, else the system's (apt-get install chromium on Debian as root)
//   2. the clerk-js and @clerk/ui bundles the emulator serves (npm pack of pinned versions)
//   3. the embedded default's reference app: in this repository the Next.js builds (both instance types);
//      in an app, the Express reference app's dependencies under .clerk-go-live/reference-app, when no
//      TARGET_URL is set (or with --reference-app)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseChromium } from '../browser/chromium.ts';
import { loadEnvFiles } from '../config/env-files.ts';
import { referenceAppDepsDir, referenceAppProblem } from '../embedded/reference-app.ts';
import { COMPILED, nodeArgv, PACKAGE_ROOT, projectDir } from '../project/dirs.ts';
import { parseArgs, type OptionSpec } from './args.ts';
import { fetchClerkAssets } from './clerk-assets.ts';

export const SETUP_OPTIONS: Record<string, OptionSpec> = {
  'reference-app': {
    type: 'boolean',
    about: 'install the embedded reference app even when TARGET_URL is set (--no-reference-app: never)',
  },
};

class SetupError extends Error {}

function run(command: string, args: string[], cwd?: string): void {
  const result = spawnSync(command, args, { stdio: 'inherit', cwd });
  if (result.status !== 0) {
    throw new SetupError(`\`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`);
  }
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

function ensureChromium(): void {
  const before = chooseChromium();
  if (before.kind === 'playwright') return console.log("setup: browser: Playwright's Chromium");
  if (before.kind === 'system') return console.log(`setup: browser: system Chromium at ${before.executablePath}`);
  if (existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get') && isRoot()) {
    console.log("setup: browser: installing Debian's chromium with apt-get");
    run('apt-get', ['update', '-qq']);
    run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium']);
  } else {
    console.log("setup: browser: installing Playwright's Chromium (npx playwright install chromium)");
    run('npx', ['playwright', 'install', 'chromium']);
  }
  const after = chooseChromium();
  if (after.kind === 'missing') {
    throw new SetupError(
      'no Chromium found. Install one (`npx playwright install chromium`, or `apt-get install chromium`) ' +
        'or set CGL_CHROMIUM_PATH to a Chromium executable.',
    );
  }
  console.log(`setup: browser: ${after.executablePath ?? "Playwright's Chromium"}`);
}

/** In an app: express and @clerk/express for the compiled Express reference app, under .clerk-go-live/. */
function installReferenceApp(): void {
  if (!referenceAppProblem('express')) return console.log('setup: reference app: Express, dependencies installed');
  const manifest = JSON.parse(readFileSync(join(PACKAGE_ROOT, 'dist/targets/express/package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  const dir = referenceAppDepsDir();
  mkdirSync(dir, { recursive: true });
  const pkg = { name: 'clerk-go-live-reference-app', private: true, dependencies: manifest.dependencies };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  console.log(`setup: reference app: installing ${Object.keys(manifest.dependencies).join(', ')} in ${dir}`);
  run('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--omit=dev', '--loglevel=error'], dir);
}

export function setup(argv: readonly string[]): number {
  const { values } = parseArgs(argv, SETUP_OPTIONS);
  loadEnvFiles(projectDir());
  try {
    ensureChromium();
    fetchClerkAssets((line) => console.log(`setup: ${line}`));
    if (!COMPILED) {
      // This repository: both Next.js builds now, so no run or self-test pays for a build in its time budget.
      const [node = process.execPath, ...args] = nodeArgv('targets/nextjs/build');
      run(node, [...args, '--all']);
    } else if (values['reference-app'] === true || (values['reference-app'] !== false && !process.env.TARGET_URL)) {
      installReferenceApp();
    } else {
      console.log('setup: reference app: skipped (TARGET_URL is set; --reference-app installs it anyway)');
    }
  } catch (error) {
    if (!(error instanceof SetupError)) throw error;
    console.error(`setup: ${error.message}`);
    return 1;
  }
  console.log('setup: done. Run the suite with `npx playwright test`.');
  return 0;
}
