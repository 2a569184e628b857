// The run's secret values, for the reporters' redaction: the profile's (the one the specs and fixtures use),
// or by variable name when it cannot be loaded (a merged report, a bad profile).
import { suiteProfile } from '../config/load.ts';
import { SECRET_VARIABLES } from '../config/variables.ts';

export function runSecrets(): string[] {
  try {
    return suiteProfile().secretValues();
  } catch {
    return SECRET_VARIABLES.map((name) => process.env[name] ?? '').filter(Boolean);
  }
}
