// `clerk-go-live check-profile`: the configuration alone, checked exactly as a run checks it (the project's
// playwright.config.ts, its settings, its .env files), with no server and no browser: Playwright loads the
// config with CGL_CHECK_PROFILE=1 and goLiveConfig() prints the verdict and exits.
import { CHECK_PROFILE_ENV } from '../config/check-mode.ts';
import { configArgs, runPlaywright } from './playwright.ts';

export function checkProfile(args: readonly string[], root: string): number {
  const env = { ...process.env, [CHECK_PROFILE_ENV]: '1' };
  return runPlaywright(['test', '--list', ...configArgs(args, root), ...args], root, env);
}
