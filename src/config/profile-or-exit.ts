// For playwright.config.ts: a bad profile ends the run before any server or browser starts, with the one
// message that lists every problem (a stack trace would only bury it).
import { loadProfile, type LoadProfileOptions } from './load.ts';
import { ProfileError } from './problems.ts';
import type { Profile } from './types.ts';

// Playwright evaluates the config in its main process and again in every worker; warn only once.
const inWorker = () => process.env.TEST_WORKER_INDEX !== undefined;

export async function profileOrExit(options: LoadProfileOptions = {}): Promise<Profile> {
  try {
    const profile = await loadProfile(options);
    if (!inWorker()) for (const warning of profile.warnings) console.warn(`clerk-go-live warning: ${warning}`);
    return profile;
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    for (const warning of error.warnings) console.error(`clerk-go-live warning: ${warning}`);
    console.error(error.message);
    process.exit(1);
  }
}
