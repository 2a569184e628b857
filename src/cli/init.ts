// `clerk-go-live init`: sets clerk-go-live up in the app's own repository. Writes playwright.config.ts (or
// clerk-go-live.playwright.config.ts beside an existing one), clerk-go-live.config.ts with the app's routes,
// the .env.example lines, .gitignore lines, an example check and a GitHub Actions workflow. Never overwrites
// without --force; asks only on a terminal, and every answer has a flag.
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { fileConfigSchema } from '../config/schema.ts';
import { fileIssues, formatProblems } from '../config/problems.ts';
import { renderEnvExample } from '../config/env-example.ts';
import { commaList, parseArgs, UsageError, type OptionSpec } from './args.ts';
import {
  exampleCheckFile,
  GITIGNORE_LINES,
  playwrightConfigFile,
  settingsFile,
  settingsOf,
  workflowFile,
  type InitAnswers,
} from './init-templates.ts';

export const INIT_OPTIONS: Record<string, OptionSpec> = {
  'public-pages': { type: 'string', about: 'comma list of pages anyone may load (default /)' },
  'protected-pages': { type: 'string', about: 'comma list of pages that need a session (default /dashboard)' },
  'protected-api': { type: 'string', about: 'comma list of "[METHOD ]path" API routes that need a session' },
  'public-api': { type: 'string', about: 'comma list of API routes anyone may call (default none)' },
  'sign-in-path': { type: 'string', about: 'the sign-in page (default /sign-in)' },
  'after-sign-in-path': { type: 'string', about: 'where sign-in lands (default /dashboard)' },
  'after-sign-out-path': { type: 'string', about: 'where sign-out lands (default /)' },
  'webhook-path': { type: 'string', about: 'the Clerk webhook endpoint (default /api/webhooks/clerk)' },
  webhook: { type: 'boolean', about: '--no-webhook: the app has no Clerk webhook endpoint' },
  workflow: { type: 'boolean', about: '--no-workflow: do not write .github/workflows/clerk-go-live.yml' },
  'checks-dir': { type: 'string', about: "folder for the team's own checks (default go-live)" },
  yes: { type: 'boolean', about: 'ask nothing, take the flags and defaults (implied when stdin is not a terminal)' },
  force: { type: 'boolean', about: 'overwrite files that exist' },
};

const DEFAULTS = {
  'public-pages': '/',
  'protected-pages': '/dashboard',
  'protected-api': '',
  'public-api': '',
  'sign-in-path': '/sign-in',
  'after-sign-in-path': '/dashboard',
  'after-sign-out-path': '/',
  'webhook-path': '/api/webhooks/clerk',
} as const;

type Question = keyof typeof DEFAULTS;

const QUESTIONS: Record<Question, string> = {
  'public-pages': 'Public pages (comma list)',
  'protected-pages': 'Protected pages',
  'protected-api': 'Protected API routes ("[METHOD ]path", comma list; empty: none)',
  'public-api': 'Public API routes (empty: none)',
  'sign-in-path': 'Sign-in page',
  'after-sign-in-path': 'Where sign-in lands',
  'after-sign-out-path': 'Where sign-out lands',
  'webhook-path': 'Clerk webhook endpoint (type "none" if the app has none)',
};

async function answersFrom(values: Record<string, string | boolean>, interactive: boolean): Promise<InitAnswers> {
  const raw: Record<Question, string> = { ...DEFAULTS };
  for (const name of Object.keys(DEFAULTS) as Question[])
    if (typeof values[name] === 'string') raw[name] = values[name];
  if (values.webhook === false) raw['webhook-path'] = 'none';
  if (interactive) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    try {
      for (const name of Object.keys(QUESTIONS) as Question[]) {
        if (values[name] !== undefined || (name === 'webhook-path' && values.webhook === false)) continue;
        const answer = (await rl.question(`${QUESTIONS[name]} [${raw[name] || 'none'}]: `)).trim();
        if (answer) raw[name] = answer;
      }
    } finally {
      rl.close();
    }
  }
  const webhook = raw['webhook-path'].trim();
  return {
    publicPages: commaList(raw['public-pages']) ?? [],
    protectedPages: commaList(raw['protected-pages']) ?? [],
    protectedApi: commaList(raw['protected-api']) ?? [],
    publicApi: commaList(raw['public-api']) ?? [],
    signIn: raw['sign-in-path'],
    afterSignIn: raw['after-sign-in-path'],
    afterSignOut: raw['after-sign-out-path'],
    webhookPath: webhook === '' || webhook === 'none' ? null : webhook,
  };
}

function write(root: string, file: string, content: string, force: boolean, log: string[]): void {
  const path = join(root, file);
  if (existsSync(path) && !force) return void log.push(`kept   ${file} (exists; --force overwrites it)`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  log.push(`wrote  ${file}`);
}

/** Appends what is missing to a line-based file (.gitignore, .env.example); never removes anything. */
function appendMissing(root: string, file: string, lines: string[], header: string, log: string[]): void {
  const path = join(root, file);
  const existing = existsSync(path) ? readFileSync(path, 'utf8') : '';
  const missing = lines.filter((line) => !existing.includes(line.split('=')[0]!.replace(/^# /, '')));
  if (missing.length === 0) return void log.push(`kept   ${file} (already has clerk-go-live's lines)`);
  const separator = existing === '' || existing.endsWith('\n') ? '' : '\n';
  appendFileSync(path, `${separator}${existing ? '\n' : ''}${header}\n${missing.join('\n')}\n`);
  log.push(`${existing ? 'added to' : 'wrote '} ${file} (${missing.length} line${missing.length === 1 ? '' : 's'})`);
}

export async function init(argv: readonly string[], root: string = process.cwd()): Promise<number> {
  const { values, rest } = parseArgs(argv, INIT_OPTIONS);
  if (rest.length > 0) throw new UsageError(`init takes no arguments, got "${rest.join(' ')}"`);
  const interactive = values.yes !== true && process.stdin.isTTY === true;
  const answers = await answersFrom(values, interactive);
  const settings = settingsOf(answers);
  const checked = fileConfigSchema.safeParse(settings);
  if (!checked.success) throw new UsageError(formatProblems(fileIssues('init', checked.error.issues)));

  const force = values.force === true;
  const checksDir = typeof values['checks-dir'] === 'string' ? values['checks-dir'] : 'go-live';
  const log: string[] = [];
  // An app with Playwright E2E tests keeps its own config: ours goes beside it.
  const ownConfig = ['playwright.config.ts', 'playwright.config.js', 'playwright.config.mjs'].some(
    (name) => existsSync(join(root, name)) && !readFileSync(join(root, name), 'utf8').includes('clerk-go-live'),
  );
  const configName = ownConfig && !force ? 'clerk-go-live.playwright.config.ts' : 'playwright.config.ts';
  write(root, configName, playwrightConfigFile({ checksDir }), force, log);
  write(root, 'clerk-go-live.config.ts', settingsFile(answers), force, log);
  write(root, join(checksDir, 'example.spec.ts'), exampleCheckFile(), force, log);
  const envLines = renderEnvExample()
    .split('\n')
    .filter((line) => /^# [A-Z_]+=/.test(line));
  appendMissing(root, '.env.example', envLines, '# clerk-go-live (npx clerk-go-live init)', log);
  appendMissing(root, '.gitignore', GITIGNORE_LINES, '# clerk-go-live', log);
  if (values.workflow !== false) {
    const configFlag = configName === 'playwright.config.ts' ? '' : ` -c ${configName}`;
    write(root, '.github/workflows/clerk-go-live.yml', workflowFile({ configFlag }), force, log);
  }
  console.log(log.join('\n'));
  const run = configName === 'playwright.config.ts' ? 'npx playwright test' : `npx playwright test -c ${configName}`;
  console.log(`\nNext: npx clerk-go-live setup, fill in .env (TARGET_URL, keys, test user), then ${run}.`);
  return 0;
}
