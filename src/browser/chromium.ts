// Which Chromium to launch: Playwright's own build where it is installed, otherwise the system's
// (Debian's `chromium` package), so the suite runs on machines that cannot download browser builds.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export type BrowserChoice =
  | { kind: 'playwright'; executablePath?: undefined }
  | { kind: 'system'; executablePath: string }
  | { kind: 'missing'; executablePath?: undefined };

export function playwrightChromiumInstalled(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

/** `CGL_CHROMIUM_PATH` wins; then Playwright's browser; then a system Chromium. */
export function chooseChromium(env: NodeJS.ProcessEnv = process.env): BrowserChoice {
  const forced = env.CGL_CHROMIUM_PATH;
  if (forced) return { kind: 'system', executablePath: forced };
  if (playwrightChromiumInstalled()) return { kind: 'playwright' };
  const system = SYSTEM_CHROMIUM_CANDIDATES.find((path) => existsSync(path));
  return system ? { kind: 'system', executablePath: system } : { kind: 'missing' };
}

/**
 * Launch options for Playwright's `use.launchOptions`. A system Chromium gets the flags that keep it from
 * reaching out to Google's services at start (refused on closed networks, slow everywhere).
 */
export function chromiumLaunchOptions(choice: BrowserChoice = chooseChromium()) {
  if (choice.kind !== 'system') return {};
  return {
    executablePath: choice.executablePath,
    args: [
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
      '--disable-gpu',
    ],
  };
}
