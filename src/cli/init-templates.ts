// What `clerk-go-live init` writes. Pure: answers in, file contents out.
export interface InitAnswers {
  publicPages: string[];
  protectedPages: string[];
  /** "[METHOD ]path" entries. */
  protectedApi: string[];
  publicApi: string[];
  signIn: string;
  afterSignIn: string;
  afterSignOut: string;
  /** null: the app has no Clerk webhook endpoint. */
  webhookPath: string | null;
}

const list = (items: readonly string[]) => `[${items.map((item) => `'${item.replace(/'/g, "\\'")}'`).join(', ')}]`;

function apiEntry(entry: string): string {
  const [first = '', second] = entry.trim().split(/\s+/, 2);
  return second === undefined ? `'${first}'` : `{ method: '${first.toUpperCase()}', path: '${second}' }`;
}

/** The settings object written to clerk-go-live.config.ts (also validated before anything is written). */
export function settingsOf(answers: InitAnswers) {
  return {
    routes: {
      publicPages: answers.publicPages,
      protectedPages: answers.protectedPages,
      protectedApi: answers.protectedApi.map((entry) => {
        const [first = '', second] = entry.trim().split(/\s+/, 2);
        return second === undefined ? first : { method: first.toUpperCase(), path: second };
      }),
      publicApi: answers.publicApi,
    },
    paths: { signIn: answers.signIn, afterSignIn: answers.afterSignIn, afterSignOut: answers.afterSignOut },
    webhook: answers.webhookPath === null ? false : { path: answers.webhookPath },
  };
}

export function settingsFile(answers: InitAnswers): string {
  const webhook =
    answers.webhookPath === null
      ? '  // No Clerk webhook endpoint: the webhook checks skip, saying so.\n  webhook: false,'
      : `  // The endpoint registered in Clerk Dashboard -> Webhooks; its secret goes in CLERK_WEBHOOK_SIGNING_SECRET.\n  webhook: { path: '${answers.webhookPath}' },`;
  return `// clerk-go-live settings: what the app is, checked against the production checklist on every run.
// Secrets never go here: CLERK_SECRET_KEY, CLERK_WEBHOOK_SIGNING_SECRET and CGL_TEST_USER_PASSWORD come from
// the environment (.env locally, your CI's secrets in CI). Every setting: clerk-go-live's docs/settings.md.
import { defineConfig } from 'clerk-go-live';

export default defineConfig({
  routes: {
    // Pages anyone may load, and pages only a signed-in user may load.
    publicPages: ${list(answers.publicPages)},
    protectedPages: ${list(answers.protectedPages)},
    // API routes that need a session: '/api/x' or { method: 'POST', path: '/api/x', body: { … } }.
    protectedApi: [${answers.protectedApi.map(apiEntry).join(', ')}],
    publicApi: ${list(answers.publicApi)},
  },
  paths: {
    signIn: '${answers.signIn}',
    afterSignIn: '${answers.afterSignIn}',
    afterSignOut: '${answers.afterSignOut}',
  },
${webhook}
  // A failed check below this severity (critical | high | medium | low) is reported as a finding, not a failure.
  failOn: 'medium',
  // Failures accepted until a date, e.g. { check: 'headers.csp', route: '/pricing', reason: 'why', expires: '2027-01-31' }.
  waivers: [],
});
`;
}

export function playwrightConfigFile(options: { checksDir: string }): string {
  return `// clerk-go-live: \`npx playwright test\` (or \`npx clerk-go-live test\`) checks this app against the production
// checklist: TARGET_URL and the keys from the environment, the app's routes from clerk-go-live.config.ts.
// Your own go-live checks go in ${options.checksDir}/ (spec files using 'clerk-go-live/fixtures').
import { defineConfig } from '@playwright/test';
import { goLiveConfig } from 'clerk-go-live';

export default defineConfig(goLiveConfig({ checks: '${options.checksDir}' }));
`;
}

export function exampleCheckFile(): string {
  return `// An example of your own go-live check: it runs after the suite's one sign-in and shows in
// readiness-report/readiness.md beside clerk-go-live's checks. Delete it or make it yours.
import { customCheck, expect, test } from 'clerk-go-live/fixtures';

test(
  'the home page names the product',
  customCheck({ id: 'app.home-page-title', claim: 'The home page has a title', severity: 'low' }),
  async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveTitle(/.+/);
  },
);
`;
}

export const GITIGNORE_LINES = [
  '.clerk-go-live/',
  'playwright-report/',
  'test-results/',
  'blob-report/',
  'readiness-report/',
];

export function workflowFile(options: { configFlag: string }): string {
  const run = (grep: string) => `npx playwright test${options.configFlag} --grep ${grep}`;
  return `# clerk-go-live: the production checklist on every PR (smoke), after every deploy (@prod-safe) and on a schedule.
# Set in the repository's settings -> Secrets and variables -> Actions:
#   secrets:   CLERK_SECRET_KEY, CLERK_WEBHOOK_SIGNING_SECRET, CGL_TEST_USER_PASSWORD
#   variables: CLERK_PUBLISHABLE_KEY, CGL_TEST_USER_EMAIL, CGL_STAGING_URL, CGL_PRODUCTION_URL
name: clerk-go-live

on:
  pull_request:
  deployment_status:
  schedule:
    - cron: '17 */6 * * *'
  workflow_dispatch:

jobs:
  go-live:
    # Deployments: only successful ones. PRs: against staging. Schedule: production, read-only checks.
    if: github.event_name != 'deployment_status' || github.event.deployment_status.state == 'success'
    runs-on: ubuntu-latest
    timeout-minutes: 20
    env:
      TARGET_URL: \${{ github.event_name == 'deployment_status' && github.event.deployment_status.environment_url || github.event_name == 'schedule' && vars.CGL_PRODUCTION_URL || vars.CGL_STAGING_URL }}
      CLERK_PUBLISHABLE_KEY: \${{ vars.CLERK_PUBLISHABLE_KEY }}
      CLERK_SECRET_KEY: \${{ secrets.CLERK_SECRET_KEY }}
      CLERK_WEBHOOK_SIGNING_SECRET: \${{ secrets.CLERK_WEBHOOK_SIGNING_SECRET }}
      CGL_TEST_USER_EMAIL: \${{ vars.CGL_TEST_USER_EMAIL }}
      CGL_TEST_USER_PASSWORD: \${{ secrets.CGL_TEST_USER_PASSWORD }}
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 22
          cache: npm
      - run: npm ci
      - run: npx playwright install --with-deps chromium
      - run: npx clerk-go-live check-profile
      - name: PR smoke
        if: github.event_name == 'pull_request'
        run: ${run('@smoke')}
      - name: Post-deploy verification
        if: github.event_name == 'deployment_status'
        run: ${run('@prod-safe')}
      - name: Scheduled monitor
        if: github.event_name == 'schedule' || github.event_name == 'workflow_dispatch'
        run: ${run('@prod-safe')}
      - uses: actions/upload-artifact@v4
        if: always()
        with:
          name: clerk-go-live-report
          path: |
            playwright-report/
            readiness-report/
`;
}
