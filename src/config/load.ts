// The I/O half of the profile: .env files and the settings (clerk-go-live.config.ts or .json, or the object
// the user's playwright.config.ts handed to goLiveConfig()). parseProfile does the judging. All synchronous:
// Playwright evaluates configs with require() in CommonJS apps, where top-level await is not allowed.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { projectDir } from '../project/dirs.ts';
import { loadEnvFiles } from './env-files.ts';
import { fileProblem, ProfileError } from './problems.ts';
import { parseProfile } from './profile.ts';
import type { Profile } from './types.ts';

export const CONFIG_FILES = ['clerk-go-live.config.ts', 'clerk-go-live.config.json'] as const;

/** Set by goLiveConfig() in Playwright's main process; workers inherit it, so all read the same settings. */
export const SETTINGS_ENV = 'CGL_SETTINGS';
const SETTINGS_SOURCE_ENV = 'CGL_SETTINGS_SOURCE';

export interface LoadedConfigFile {
  file: string | null;
  config: unknown;
}

/** Read clerk-go-live.config.ts (default export) or .json from `cwd`; none is fine, both is an error. */
export function loadConfigFile(cwd: string = projectDir()): LoadedConfigFile {
  const present = CONFIG_FILES.filter((name) => existsSync(join(cwd, name)));
  if (present.length > 1) {
    throw new ProfileError([
      {
        key: present.join(' and '),
        problem: 'both exist: keep one of them',
        example: 'clerk-go-live.config.ts exporting defineConfig({ routes: { … } })',
      },
    ]);
  }
  const [name] = present;
  if (!name) return { file: null, config: undefined };
  const path = join(cwd, name);
  try {
    if (name.endsWith('.json')) return { file: name, config: JSON.parse(readFileSync(path, 'utf8')) };
    // Inside Playwright (the main process and every worker) require() compiles TypeScript whatever the
    // package type: Playwright's own loader hook. Outside it (plain node) the .ts file cannot be read.
    const module = createRequire(join(cwd, 'package.json'))(path) as { default?: unknown };
    const config = module.default ?? (Object.keys(module).length > 0 ? module : undefined);
    if (config === undefined) throw new ProfileError([fileProblem(name, [], 'has no default export')]);
    return { file: name, config };
  } catch (error) {
    if (error instanceof ProfileError) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ProfileError([fileProblem(name, [], `cannot be read: ${reason}`)]);
  }
}

/** The settings object goLiveConfig() was given, as the main process handed it on (null: none given). */
function settingsFromEnv(env: Record<string, string | undefined>): LoadedConfigFile | null {
  const raw = env[SETTINGS_ENV];
  if (!raw) return null;
  return { file: env[SETTINGS_SOURCE_ENV] || 'goLiveConfig({ settings })', config: JSON.parse(raw) as unknown };
}

/** Hand `settings` to every later profile load of this run (this process and the workers it starts). */
export function publishSettings(settings: unknown, source: string, env: NodeJS.ProcessEnv = process.env): void {
  env[SETTINGS_ENV] = JSON.stringify(settings);
  env[SETTINGS_SOURCE_ENV] = source;
}

export interface LoadProfileOptions {
  cwd?: string;
  /** Where .env values are loaded into and read from (default process.env). */
  env?: Record<string, string | undefined>;
}

/**
 * The target profile for this run: .env files, then the environment, merged over the settings. In embedded
 * mode the caller has already put TARGET_URL, the keys and CGL_EMBEDDED=1 into the environment.
 * Throws ProfileError listing every problem.
 */
export function loadProfile(options: LoadProfileOptions = {}): Profile {
  const cwd = options.cwd ?? projectDir();
  const env = options.env ?? process.env;
  loadEnvFiles(cwd, env);
  const { file, config } = settingsFromEnv(env) ?? loadConfigFile(cwd);
  return parseProfile(env, config, file ? { configFile: file } : {});
}

let cached: Profile | undefined;

/**
 * The run's profile, loaded once per process and shared by the spec files (which generate their tests from
 * it), the fixtures and the reporter. The preset has already rejected a bad profile in the main process.
 */
export function suiteProfile(): Profile {
  cached ??= loadProfile();
  return cached;
}
