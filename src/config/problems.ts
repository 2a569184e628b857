// A bad profile fails once, listing every problem: the key to set, what is wrong, and an example value.
import type { z } from 'zod';
import { VARIABLES, isVariableName } from './variables.ts';

export interface Problem {
  /** The environment variable, or "<config file>: <key path>". */
  key: string;
  problem: string;
  example: string;
}

export class ProfileError extends Error {
  readonly problems: readonly Problem[];
  /** Hints gathered before the profile failed; they may explain the problems. */
  readonly warnings: readonly string[];

  constructor(problems: Problem[], warnings: string[] = []) {
    super(formatProblems(problems));
    this.name = 'ProfileError';
    this.problems = problems;
    this.warnings = warnings;
  }
}

export function formatProblems(problems: readonly Problem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  const lines = [
    `clerk-go-live: the target profile has ${count} (variables go in the environment, .env or .env.local; settings in the config file):`,
  ];
  for (const { key, problem, example } of problems) {
    lines.push(`  - ${key}: ${problem}`, `      example: ${example}`);
  }
  return lines.join('\n');
}

export function variableProblem(name: string, problem: string): Problem {
  const example = isVariableName(name) ? `${name}=${VARIABLES[name].example}` : name;
  return { key: name, problem, example };
}

const FILE_EXAMPLES: Record<string, string> = {
  environment: '"environment": "staging"',
  failOn: '"failOn": "high"',
  waivers:
    '"waivers": [{ "check": "headers.csp", "route": "/pricing", "reason": "the pricing widget needs ' +
    'unsafe-inline until its v3 ships", "expires": "2027-01-31" }]',
  clerk: '"clerk": { "apiUrl": "https://api.clerk.com" }',
  testUser: '"testUser": { "email": "go-live+clerk_test@example.com", "strategy": "password" }',
  routes:
    '"routes": { "publicPages": ["/"], "protectedPages": ["/dashboard"], "protectedApi": ' +
    '["/api/me"], "publicApi": ["/api/public/health"] }',
  'routes.protectedApi':
    '"routes": { "protectedApi": ["/api/me", { "path": "/api/orders", "method": "POST", ' +
    '"denied": [401, 403, 404], "allowed": [200] }] }',
  paths: '"paths": { "signIn": "/sign-in", "afterSignIn": "/dashboard", "afterSignOut": "/" }',
  webhook:
    '"webhook": { "path": "/api/webhooks/clerk", "rejectStatuses": [400, 401], ' +
    '"allowStateChanges": false, "events": ["user.created"], "probeUrl": ' +
    '"/api/admin/users/{id}" }',
  headers: '"headers": { "hstsMinMaxAge": 15552000, "requireHsts": true }',
  latency: '"latency": { "apiP95Ms": 800, "signInTtfbP95Ms": 1500, "burst": false, "burstConcurrency": 10 }',
};

export function fileProblem(configFile: string, path: readonly PropertyKey[], problem: string): Problem {
  const dotted = path
    .map((part) => (typeof part === 'number' ? `[${part}]` : `.${String(part)}`))
    .join('')
    .replace(/^\./, '');
  const example =
    FILE_EXAMPLES[`${String(path[0])}.${String(path[1])}`] ??
    FILE_EXAMPLES[String(path[0])] ??
    `{ ${Object.values(FILE_EXAMPLES).slice(0, 2).join(', ')} } (keys: ${Object.keys(FILE_EXAMPLES)
      .filter((k) => !k.includes('.'))
      .join(', ')})`;
  return { key: dotted ? `${configFile}: ${dotted}` : configFile, problem, example };
}

// A committed config file is the wrong home for these; say so instead of "unrecognized key".
const SECRET_LOOKING_KEY = /secret|password|token|apikey|signing/i;

/** Turn zod issues on the config file into problems. */
export function fileIssues(configFile: string, issues: readonly z.core.$ZodIssue[]): Problem[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'unrecognized_keys') return [fileProblem(configFile, issue.path, issue.message)];
    return issue.keys.map((key) =>
      fileProblem(
        configFile,
        [...issue.path, key],
        SECRET_LOOKING_KEY.test(key)
          ? 'secrets never go in the config file (it is committed): set CLERK_SECRET_KEY, ' +
              'CLERK_WEBHOOK_SIGNING_SECRET or CGL_TEST_USER_PASSWORD in the environment'
          : 'is not a setting clerk-go-live knows (a typo?)',
      ),
    );
  });
}
