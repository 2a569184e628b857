// `clerk-go-live test [playwright args…]`: `playwright test` with the arguments passed through. One thing
// more: a --reporter on Playwright's command line replaces the config's reporters, which would drop the
// readiness report, so ours is added to the list given.
import { READINESS_REPORTER } from '../report/reporter-entry.ts';
import { configArgs, runPlaywright } from './playwright.ts';

/** The arguments with the readiness reporter added to any --reporter / --reporter=… list. */
export function withReadinessReporter(args: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--reporter' && args[i + 1] !== undefined) {
      out.push(arg, `${args[++i]},${READINESS_REPORTER}`);
    } else if (arg.startsWith('--reporter=')) {
      out.push(`${arg},${READINESS_REPORTER}`);
    } else out.push(arg);
  }
  return out;
}

export function test(args: readonly string[], root: string): number {
  const passed = withReadinessReporter(args);
  return runPlaywright(['test', ...configArgs(passed, root), ...passed], root);
}
