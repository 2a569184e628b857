// The I/O half of the profile: .env files and the optional config file. parseProfile does the judging.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEnvFiles } from './env-files.ts';
import { fileProblem, ProfileError } from './problems.ts';
import { parseProfile } from './profile.ts';
import type { Profile } from './types.ts';

export const CONFIG_FILES = ['clerk-go-live.config.ts', 'clerk-go-live.config.json'] as const;

export interface LoadedConfigFile {
  file: string | null;
  config: unknown;
}

/** Read clerk-go-live.config.ts (default export) or .json from `cwd`; none is fine, both is an error. */
export async function loadConfigFile(cwd: string = process.cwd()): Promise<LoadedConfigFile> {
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
    // Not a bare import(): that fails under Playwright's loader when the user's package is CommonJS (most
    // Next.js apps). tsx's scoped require compiles the file whatever loader runs us and whatever the package
    // type; the price is no top-level await in the config file.
    const { require: tsxRequire } = await import('tsx/cjs/api');
    const module = tsxRequire(path, import.meta.url) as { default?: unknown };
    if (module.default === undefined) {
      throw new ProfileError([fileProblem(name, [], 'has no default export')]);
    }
    return { file: name, config: module.default };
  } catch (error) {
    if (error instanceof ProfileError) throw error;
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new ProfileError([fileProblem(name, [], `cannot be read: ${reason}`)]);
  }
}

export interface LoadProfileOptions {
  cwd?: string;
  /** Where .env values are loaded into and read from (default process.env). */
  env?: Record<string, string | undefined>;
}

/**
 * The target profile for this run: .env files, then the environment, merged over the config file.
 * In embedded mode the caller has already put TARGET_URL, the keys and CGL_EMBEDDED=1 into the environment.
 * Throws ProfileError listing every problem.
 */
export async function loadProfile(options: LoadProfileOptions = {}): Promise<Profile> {
  const cwd = options.cwd ?? process.cwd();
  const env = options.env ?? process.env;
  loadEnvFiles(cwd, env);
  const { file, config } = await loadConfigFile(cwd);
  return parseProfile(env, config, file ? { configFile: file } : {});
}
