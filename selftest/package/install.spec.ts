// clerk-go-live as a team meets it: the packed tarball installed into fresh apps (one CommonJS, one ESM on
// another @playwright/test minor), Node's own loader, then `init`, `--list`, a bad profile, `setup` and the
// embedded default run green with one browser sign-in, the team's own check in readiness.md beside ours.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { freshApp, packedTarball, run, treeBytes } from './consumer.ts';

const APPS = [
  { kind: 'commonjs', playwright: '1.65.1', runWith: ['playwright', 'test'] },
  // Another supported minor: the install must keep one copy of @playwright/test, the app's own.
  { kind: 'module', playwright: '1.60.0', runWith: ['clerk-go-live', 'test', '--reporter=line'] },
] as const;

const FORBIDDEN = ['next', 'react', 'react-dom', 'express', '@clerk/nextjs', '@clerk/express'];
const MB = 1024 * 1024;

for (const app of APPS) {
  test.describe(`a ${app.kind} app on @playwright/test ${app.playwright}`, () => {
    test.describe.configure({ mode: 'serial', timeout: 300_000 });
    let dir = '';

    test.beforeAll(async () => {
      test.setTimeout(300_000);
      const tarball = packedTarball();
      dir = freshApp(app.kind);
      const args = ['i', '-D', '--no-audit', '--no-fund', tarball, `@playwright/test@${app.playwright}`];
      const install = await run('npm', args, dir);
      expect(install.code, install.output).toBe(0);
    });

    test('installs without Next.js, React or Express, and with one copy of @playwright/test', async () => {
      for (const name of FORBIDDEN) expect(existsSync(join(dir, 'node_modules', name)), name).toBe(false);
      const ls = await run('npm', ['ls', '@playwright/test', '--all', '--parseable'], dir);
      const copies = ls.output.split('\n').filter((line) => line.endsWith(join('node_modules', '@playwright', 'test')));
      expect(copies, ls.output).toHaveLength(1);
      const playwright = ['@playwright/test', 'playwright', 'playwright-core'].reduce(
        (sum, name) => sum + treeBytes(join(dir, 'node_modules', name)),
        0,
      );
      const beyond = (treeBytes(join(dir, 'node_modules')) - playwright) / MB;
      test.info().annotations.push({ type: 'install size', description: `${beyond.toFixed(1)} MB beyond Playwright` });
    });

    test('init with flags writes the config, the settings, the check folder and CI, and keeps them after', async () => {
      const flags = [
        '--yes',
        '--protected-pages',
        '/dashboard',
        '--protected-api',
        '/api/me',
        '--public-api',
        '/api/public/health',
      ];
      const first = await run('npx', ['clerk-go-live', 'init', ...flags], dir);
      expect(first.code, first.output).toBe(0);
      for (const file of ['playwright.config.ts', 'clerk-go-live.config.ts', 'go-live/example.spec.ts', '.gitignore']) {
        expect(existsSync(join(dir, file)), file).toBe(true);
      }
      expect(readFileSync(join(dir, '.github/workflows/clerk-go-live.yml'), 'utf8')).toContain('deployment_status');
      expect(readFileSync(join(dir, 'clerk-go-live.config.ts'), 'utf8')).toContain("protectedApi: ['/api/me']");
      const again = await run('npx', ['clerk-go-live', 'init', '--yes'], dir);
      expect(again.output).toContain('kept   clerk-go-live.config.ts');
      expect(readFileSync(join(dir, 'clerk-go-live.config.ts'), 'utf8')).toContain("protectedApi: ['/api/me']");
    });

    test('--list shows the suite, each test at a file:line of the shipped sources', async () => {
      const list = await run('npx', ['playwright', 'test', '--list'], dir);
      expect(list.code, list.output).toBe(0);
      const locations = [...list.output.matchAll(/(node_modules\/clerk-go-live\/tests\/\S+?):(\d+):\d+/g)];
      expect(locations.length, list.output.slice(-2000)).toBeGreaterThan(40);
      for (const [, file, line] of locations) {
        const source = readFileSync(join(dir, file!), 'utf8').split('\n')[Number(line) - 1] ?? '';
        expect(source, `${file}:${line}`).toMatch(/\b(test|setup|teardown)\(/);
      }
      expect(list.output).toMatch(/go-live\/example\.spec\.ts:\d+:\d+/);
    });

    test('a bad profile stops the run before any browser, naming the field, with no stack trace', async () => {
      const env = {
        TARGET_URL: 'https://staging.example.com',
        CLERK_PUBLISHABLE_KEY: 'sk_test_notapublishablekey0123',
      };
      const bad = await run('npx', ['playwright', 'test', '--project=preflight'], dir, env);
      expect(bad.code).toBe(1);
      expect(bad.output).toContain('CLERK_PUBLISHABLE_KEY');
      expect(bad.output).not.toContain('sk_test_notapublishablekey0123');
      expect(bad.output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      const check = await run('npx', ['clerk-go-live', 'check-profile'], dir, env);
      expect(check.code, check.output).toBe(1);
      expect(check.output).toContain('CLERK_PUBLISHABLE_KEY');
    });

    test('setup, then the embedded default passes with one browser sign-in and the team check in readiness.md', async () => {
      const setup = await run('npx', ['clerk-go-live', 'setup'], dir);
      expect(setup.code, setup.output).toBe(0);
      expect(existsSync(join(dir, '.clerk-go-live/reference-app/node_modules/express'))).toBe(true);
      const suite = await run('npx', [...app.runWith], dir, { CI: '1' });
      expect(suite.code, suite.output.slice(-4000)).toBe(0);
      const readiness = readFileSync(join(dir, 'readiness-report/readiness.md'), 'utf8');
      expect(readiness).toContain('# Go-live readiness: READY');
      expect(readiness).toContain('The home page has a title');
      const facts = JSON.parse(readFileSync(join(dir, 'readiness-report/readiness.json'), 'utf8')) as {
        items: { id: string; tests: { project: string; status: string }[] }[];
      };
      const signIns = facts.items.flatMap((item) => item.tests).filter((t) => t.project === 'setup');
      expect(signIns.map((t) => t.status)).toEqual(['passed']);
    });
  });
}
