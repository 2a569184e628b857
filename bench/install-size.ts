// What a team's install weighs: the packed tarball and @playwright/test installed into a fresh app
// (`npm i -D clerk-go-live @playwright/test`), node_modules measured beyond Playwright's own packages
// (issue 10: goal <= 60 MB, and no next, react or express in it).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { freshApp, packTarball, run, treeBytes } from '../selftest/package/consumer.ts';

export interface InstallSize {
  tarballKB: number;
  totalMB: number;
  playwrightMB: number;
  beyondPlaywrightMB: number;
  forbidden: string[];
  installSeconds: number;
}

const MB = 1024 * 1024;
const PLAYWRIGHT = ['@playwright/test', 'playwright', 'playwright-core'];
const FORBIDDEN = ['next', 'react', 'react-dom', 'express', '@clerk/nextjs', '@clerk/express'];

export async function installSize(): Promise<InstallSize> {
  const tarball = packTarball();
  const app = freshApp('commonjs');
  const install = await run('npm', ['i', '-D', '--no-audit', '--no-fund', tarball, '@playwright/test@1.65.1'], app);
  if (install.code !== 0) throw new Error(`npm install failed:\n${install.output}`);
  const modules = join(app, 'node_modules');
  const total = treeBytes(modules);
  const playwright = PLAYWRIGHT.reduce((sum, name) => sum + treeBytes(join(modules, name)), 0);
  const round = (bytes: number) => Math.round((bytes / MB) * 10) / 10;
  return {
    tarballKB: Math.round(treeBytes(tarball) / 1024),
    totalMB: round(total),
    playwrightMB: round(playwright),
    beyondPlaywrightMB: round(total - playwright),
    forbidden: FORBIDDEN.filter((name) => existsSync(join(modules, name))),
    installSeconds: Math.round(install.ms / 100) / 10,
  };
}
