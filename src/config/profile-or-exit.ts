// For the preset: a bad profile ends the run before any server or browser starts, with the one message that
// lists every problem (a stack trace would only bury it).
import { suiteProfile } from './load.ts';
import { ProfileError } from './problems.ts';
import type { Profile } from './types.ts';

export function exitOnBadProfile(options: { warn: boolean }): Profile {
  try {
    const profile = suiteProfile();
    if (options.warn) for (const warning of profile.warnings) console.warn(`clerk-go-live warning: ${warning}`);
    return profile;
  } catch (error) {
    if (!(error instanceof ProfileError)) throw error;
    for (const warning of error.warnings) console.error(`clerk-go-live warning: ${warning}`);
    console.error(error.message);
    process.exit(1);
  }
}
