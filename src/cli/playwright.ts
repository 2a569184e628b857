// Running the user's own Playwright: the @playwright/test their project installed (one copy, their
// version), with the config init wrote (clerk-go-live.playwright.config.ts when the app has its own).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { UsageError } from './args.ts';

export const OWN_CONFIG = 'clerk-go-live.playwright.config.ts';

function playwrightCli(root: string): string {
  try {
    return createRequire(join(root, 'package.json')).resolve('@playwright/test/cli');
  } catch {
    throw new UsageError('@playwright/test is not installed in this project: npm i -D @playwright/test clerk-go-live');
  }
}

/** `-c <file>` unless the arguments already name a config, or the project has none of ours beside its own. */
export function configArgs(args: readonly string[], root: string): string[] {
  if (args.some((arg) => arg === '-c' || arg === '--config' || arg.startsWith('--config='))) return [];
  return existsSync(join(root, OWN_CONFIG)) ? ['-c', OWN_CONFIG] : [];
}

export function runPlaywright(args: readonly string[], root: string, env: NodeJS.ProcessEnv = process.env): number {
  const result = spawnSync(process.execPath, [playwrightCli(root), ...args], { stdio: 'inherit', cwd: root, env });
  return result.status ?? 1;
}
