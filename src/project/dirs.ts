// Where a run keeps what it makes: under the user's project, never under node_modules. The project is the
// directory Playwright runs in (CGL_PROJECT_DIR when the preset was given another rootDir); everything the
// suite writes — signed-in state, the emulator's env file, Clerk's browser bundles, the reference app's
// dependencies — goes to <project>/.clerk-go-live/ (gitignored by `clerk-go-live init`).
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STATE_DIR_NAME = '.clerk-go-live';

/** The user's project directory. */
export function projectDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CGL_PROJECT_DIR || process.cwd());
}

/** <project>/.clerk-go-live, or CGL_STATE_DIR. */
export function stateDir(env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.CGL_STATE_DIR || join(projectDir(env), STATE_DIR_NAME));
}

/**
 * The package's own root: the repository when run from sources, `node_modules/clerk-go-live` when installed.
 * Compiled files live one level deeper (dist/src/project/dirs.js), sources at src/project/dirs.ts.
 */
export const PACKAGE_ROOT = resolve(
  fileURLToPath(new URL('.', import.meta.url)),
  import.meta.url.endsWith('.js') ? '../../..' : '../..',
);

/** True when this code runs compiled (from the published package), false when run from TypeScript sources. */
export const COMPILED = import.meta.url.endsWith('.js');

/**
 * A file of the package as it exists in this form: `src/x.ts` from sources, `dist/src/x.js` when compiled.
 * `relative` is given without extension, from the package root (e.g. 'emulator/cli').
 */
export function packageFile(relative: string): string {
  return COMPILED ? join(PACKAGE_ROOT, 'dist', `${relative}.js`) : join(PACKAGE_ROOT, `${relative}.ts`);
}

/** A shell command running one of the package's scripts with this Node: compiled JS as is, sources through tsx. */
export function nodeCommand(relative: string, nodeArgs: readonly string[] = []): string {
  return nodeArgv(relative, nodeArgs).map(shellQuote).join(' ');
}

/** The same as an argv array (for spawn). */
export function nodeArgv(relative: string, nodeArgs: readonly string[] = []): string[] {
  return [process.execPath, ...nodeArgs, ...(COMPILED ? [] : ['--import', 'tsx']), packageFile(relative)];
}

function shellQuote(arg: string): string {
  return /^[\w@%+=:,./-]+$/.test(arg) ? arg : `'${arg.replace(/'/g, "'\\''")}'`;
}
