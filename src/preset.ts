// goLiveConfig(): the suite as a Playwright config a team spreads or extends in its own playwright.config.ts.
// Everything with side effects happens once, in Playwright's main process, synchronously (CommonJS apps load
// the config with require(), where top-level await is not allowed): the .env files are read, the embedded
// stack's ports and keys are made when there is no TARGET_URL, and a bad profile ends the run here, before
// any server or browser starts. Workers evaluate the config again and recover the same state from the
// environment the main process handed them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaywrightTestConfig, Project, ReporterDescription } from '@playwright/test';
import { chromiumLaunchOptions } from './browser/chromium.ts';
import { loadEnvFiles } from './config/env-files.ts';
import { publishSettings } from './config/load.ts';
import { exitOnBadProfile } from './config/profile-or-exit.ts';
import type { CglConfig } from './config/schema.ts';
import { embeddedWebServers, EmbeddedStackError, prepareEmbeddedStack } from './embedded/stack.ts';
import { PACKAGE_ROOT, COMPILED, projectDir } from './project/dirs.ts';
import { STORAGE_STATE } from './project/auth-state.ts';
import { readinessReporter, SCRUB_REPORTER } from './report/reporter-entry.ts';
import { printProfileCheck, profileCheckRequested } from './config/check-mode.ts';
import type { Profile } from './config/index.ts';
import { chromiumTrustArgs, resolveTlsTrust, TlsSettingError, type TlsTrust } from './project/tls-trust.ts';

export interface GoLiveOptions {
  /** The settings (clerk-go-live.config.ts's default export); default: that file, or the .json, in rootDir. */
  settings?: CglConfig;
  /** The project: where .env, clerk-go-live.config.* and .clerk-go-live/ live (default: the current directory). */
  rootDir?: string;
  /**
   * A folder of the team's own checks (spec files using `clerk-go-live/fixtures`), run as project "checks"
   * after the sign-in; they appear in the readiness report beside the suite's.
   */
  checks?: string;
}

const inWorker = () => process.env.TEST_WORKER_INDEX !== undefined;

/** The folder holding the suite's spec files: tests/ from sources, dist/tests/ in the installed package. */
const SUITE_DIR = join(PACKAGE_ROOT, COMPILED ? 'dist/tests' : 'tests');

// `--reporter` on Playwright's command line replaces the config's reporters, the readiness report with them.
function warnIfReporterReplaced(argv: readonly string[] = process.argv): void {
  const given = argv.find((arg, i) => arg.startsWith('--reporter=') || argv[i - 1] === '--reporter');
  if (given === undefined || given.includes('report/reporter')) return;
  console.warn(
    'clerk-go-live: --reporter replaces the readiness report (readiness-report/) and the trace scrubber. Keep them with ' +
      '`npx clerk-go-live test --reporter=…`, or add it: --reporter=<yours>,clerk-go-live/reporter',
  );
}

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function embeddedStackOrExit(env: NodeJS.ProcessEnv) {
  try {
    return prepareEmbeddedStack(env);
  } catch (error) {
    if (error instanceof EmbeddedStackError) fail(`clerk-go-live: ${error.message}`);
    throw error;
  }
}

/** The run's TLS trust (src/project/tls-trust.ts); a bad tls setting stops the run here, naming the field. */
function tlsTrustOrExit(profile: Profile): TlsTrust {
  try {
    const trust = resolveTlsTrust(profile);
    if (!inWorker()) for (const note of trust.notes) console.error(`clerk-go-live: ${note}`);
    return trust;
  } catch (error) {
    if (error instanceof TlsSettingError) fail(`clerk-go-live: ${error.message}`);
    throw error;
  }
}

export function goLiveConfig(options: GoLiveOptions = {}): PlaywrightTestConfig {
  const env = process.env;
  if (options.rootDir) env.CGL_PROJECT_DIR = options.rootDir;
  const root = projectDir();
  loadEnvFiles(root);
  if (options.settings !== undefined) publishSettings(options.settings, 'goLiveConfig({ settings })');
  if (profileCheckRequested()) process.exit(printProfileCheck());

  const embedded = !env.TARGET_URL?.trim() || env.CGL_EMBEDDED === '1';
  const stack = embedded ? embeddedStackOrExit(env) : null;
  // A bad profile stops here, with one message naming every bad field.
  const profile = exitOnBadProfile({ warn: !inWorker() });
  const tls = tlsTrustOrExit(profile);
  const launch = chromiumLaunchOptions();

  const suiteProject = (name: string, folder: string, extra: Partial<Project> = {}): Project => ({
    name,
    testDir: join(SUITE_DIR, folder),
    ...extra,
  });
  const projects: Project[] = [
    suiteProject('preflight', 'preflight'),
    // The one browser sign-in per run; its teardown signs that session out after every project using it is done.
    suiteProject('setup', 'auth', { testMatch: /.*\.setup\.[jt]s/, teardown: 'sign-out' }),
    suiteProject('sign-out', 'auth', { testMatch: /.*\.teardown\.[jt]s/ }),
    suiteProject('auth', 'auth', { dependencies: ['setup'], use: { storageState: STORAGE_STATE.user } }),
    suiteProject('api', 'api', { dependencies: ['setup'] }),
    suiteProject('webhooks', 'webhooks'),
    // No sign-in needed: the checks that read it are in the auth project (tests/auth/signed-in-headers.spec.ts),
    // so a failed sign-in never stops the header checks.
    suiteProject('headers', 'headers'),
    // The Clerk outage drill: a signed-out visitor in its own context, so it needs no sign-in.
    suiteProject('recovery', 'recovery'),
  ];
  const checksDir = options.checks ? join(root, options.checks) : null;
  if (checksDir && existsSync(checksDir))
    projects.push({ name: 'checks', testDir: checksDir, dependencies: ['setup'] });
  if (!inWorker()) warnIfReporterReplaced();

  // Humans: the list, Playwright's HTML report and readiness-report/readiness.md (the checklist view).
  // CI: JUnit XML, readiness.json and the GitHub job summary. `--reporter=blob` for sharded runs.
  // First of all, the scrubber: it removes secrets from each test's trace and text artifacts as the test ends,
  // before any reporter after it keeps a copy (src/report/scrub-reporter.ts).
  const reporter: ReporterDescription[] = [
    [SCRUB_REPORTER],
    ['list'],
    ['html', { open: 'never', outputFolder: join(root, 'playwright-report') }],
    ['junit', { outputFile: join(root, 'readiness-report/junit.xml') }],
    readinessReporter({ outputDir: join(root, 'readiness-report') }),
  ];

  return {
    // Every project names its own folder; this one only makes reports show paths from the project root
    // (node_modules/clerk-go-live/tests/api/…, go-live/…): the compiled specs map back to the shipped sources.
    testDir: root,
    outputDir: join(root, 'test-results'),
    fullyParallel: true,
    forbidOnly: !!env.CI,
    retries: 0,
    workers: env.CI ? 2 : undefined,
    timeout: 30_000,
    expect: { timeout: 10_000 },
    reporter,
    use: {
      baseURL: profile.baseURL,
      // Only for a target the profile lists in tls.insecureHosts. A private CA (tls.caFile, which the embedded
      // https front uses for its certificate) is trusted instead: src/project/tls-trust.ts.
      ignoreHTTPSErrors: tls.ignoreHTTPSErrors,
      // A failed test keeps its trace. Traces record request headers and bodies, fills and evaluate()
      // arguments (cookies, Bearer tokens, the test user's password): the scrub reporter above rewrites each
      // one without its secrets before anyone reads it.
      trace: 'retain-on-failure',
      screenshot: 'only-on-failure',
      launchOptions: { ...launch, args: [...(launch.args ?? []), ...chromiumTrustArgs(tls)] },
    },
    projects,
    webServer: stack ? embeddedWebServers(stack) : undefined,
  };
}
