export { Secret, redact } from './secret.ts';
export { ProfileError, formatProblems, type Problem } from './problems.ts';
export { parseProfile, type EnvInput, type ParseProfileOptions } from './profile.ts';
export { DEFAULTS } from './defaults.ts';
export {
  loadProfile,
  loadConfigFile,
  publishSettings,
  suiteProfile,
  CONFIG_FILES,
  type LoadProfileOptions,
} from './load.ts';
export { loadEnvFiles, ENV_FILES } from './env-files.ts';
export { exitOnBadProfile } from './profile-or-exit.ts';
export { defineConfig, type CglConfig } from './schema.ts';
export { describeProfile } from './summary.ts';
export { secretsOf } from './secrets-of.ts';
export { VARIABLES, SECRET_VARIABLES } from './variables.ts';
export { checkPublishableKey, checkSecretKey, checkWebhookSecret } from './clerk-keys.ts';
export type * from './types.ts';
