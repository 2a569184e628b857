// .env files, loaded the way Next.js and Vite users expect: `.env.local` wins over `.env`, and variables already
// in the environment (CI secrets, the embedded stack's keys) win over both.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { config as dotenvConfig } from 'dotenv';

export const ENV_FILES = ['.env.local', '.env'] as const;

/** Load `.env.local` and `.env` from `cwd` into `env` (process.env by default). Idempotent; missing files are fine. */
export function loadEnvFiles(cwd: string = process.cwd(), env: Record<string, string | undefined> = process.env): void {
  // Given several paths, dotenv keeps the first value it meets for a name, so the winner is listed first.
  const paths = ENV_FILES.map((name) => join(cwd, name)).filter((path) => existsSync(path));
  if (paths.length > 0) dotenvConfig({ path: paths, quiet: true, override: false, processEnv: env });
}
