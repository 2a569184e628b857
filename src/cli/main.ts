#!/usr/bin/env node
// `npx clerk-go-live <command>`: init, setup, check-profile, test, emulator. Errors are one sentence that
// says what to do, never a stack trace.
import { projectDir } from '../project/dirs.ts';
import { helpFor, UsageError } from './args.ts';
import { checkProfile } from './check-profile.ts';
import { init, INIT_OPTIONS } from './init.ts';
import { setup, SETUP_OPTIONS } from './setup.ts';
import { test } from './test.ts';

const HELP = `clerk-go-live: prove a Clerk app is ready for production, with Playwright.

Usage: npx clerk-go-live <command> [options]

  init            set clerk-go-live up in this app (config, settings, .env.example, .gitignore, CI workflow)
${helpFor(INIT_OPTIONS)}
  setup           a Chromium, the emulator's Clerk bundles, the embedded reference app (idempotent)
${helpFor(SETUP_OPTIONS)}
  check-profile   check the configuration alone: no server, no browser (-c <config> to pick one)
  test [args…]    playwright test [args…], keeping the readiness report whatever --reporter says
  emulator        a local Clerk (Frontend and Backend API) for your own E2E tests; prints the env to use

Docs: the README of clerk-go-live and its docs/ folder.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const root = projectDir();
  switch (command) {
    case 'init':
      return init(args, root);
    case 'setup':
      return setup(args);
    case 'check-profile':
      return checkProfile(args, root);
    case 'test':
      return test(args, root);
    case 'emulator':
      await import('../../emulator/cli.ts');
      return new Promise<number>(() => undefined); // runs until stopped
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      console.log(HELP);
      return 0;
    default:
      throw new UsageError(`unknown command "${command}" (commands: init, setup, check-profile, test, emulator)`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`clerk-go-live: ${message}`);
    if (!(error instanceof UsageError)) console.error('(unexpected: please report it with the command you ran)');
    process.exitCode = error instanceof UsageError ? 2 : 1;
  },
);
