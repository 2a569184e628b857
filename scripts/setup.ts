// `npm run setup`: everything the suite needs on this machine, none of it a browser download that a
// closed network cannot reach. Idempotent: a second run only checks.
//   1. a Chromium: Playwright's own if installed, else the system's (apt-get install chromium on Debian as root)
//   2. the clerk-js and @clerk/ui bundles the emulator serves (npm pack of pinned versions)
//   3. the Next.js reference app's production build
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chooseChromium } from '../src/browser/chromium.ts';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`setup: \`${command} ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

function isRoot(): boolean {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

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
    console.error(
      'setup: no Chromium found. Install one (`npx playwright install chromium`, or `apt-get install chromium`) ' +
        'or set CGL_CHROMIUM_PATH to a Chromium executable.',
    );
    process.exit(1);
  }
  console.log(`setup: browser: ${after.executablePath ?? "Playwright's Chromium"}`);
}

ensureChromium();
run('npx', ['tsx', 'scripts/fetch-clerk-assets.ts']);
run('npx', ['tsx', 'targets/nextjs/build.ts']);
console.log('setup: done. Run the suite with `npx playwright test`.');
