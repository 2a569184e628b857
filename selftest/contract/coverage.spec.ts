// Every route in the emulator's handler lists has a contract entry, so a new endpoint without a
// schema fails here; and routes outside the table are reported, never silently accepted.
import { test as base, expect } from '@playwright/test';

import { patternKey, ROUTES, validateExchange } from '../../emulator/contract/index.ts';
import { implementedRoutes } from './implemented-routes.ts';

base.describe('contract coverage', { tag: '@emulator' }, () => {
  base('every implemented FAPI and BAPI route has a schema in emulator/contract/routes.ts', () => {
    const routes = implementedRoutes();
    expect(routes.length, 'handlers were read from the emulator').toBeGreaterThan(20);
    const missing = routes
      .filter(
        (r) =>
          !ROUTES.some((t) => t.surface === r.surface && patternKey(t.method, t.path) === patternKey(r.method, r.path)),
      )
      .map((r) => `${r.surface.toUpperCase()} ${r.method} ${r.path}`);
    expect(missing, 'routes without a contract: add them to emulator/contract/routes.ts').toEqual([]);
  });

  base('a response on a route outside the table is listed as a problem', () => {
    const problems = validateExchange(
      'fapi',
      'GET',
      '/v1/not_a_route',
      200,
      {},
      { 'content-type': 'application/json' },
    );
    expect(problems).toEqual([expect.stringContaining('no contract for this route')]);
  });

  base('the table names only routes Clerk documents or the emulator serves (no typos)', () => {
    const served = new Set(implementedRoutes().map((r) => `${r.surface} ${patternKey(r.method, r.path)}`));
    const planned = ROUTES.filter((r) => !served.has(`${r.surface} ${patternKey(r.method, r.path)}`));
    // Entries ahead of the emulator (sign-ups, organizations, instance) are fine; duplicates are not.
    const keys = ROUTES.map((r) => `${r.surface} ${patternKey(r.method, r.path)}`);
    expect(keys.length - new Set(keys).size, 'duplicate route entries').toBe(0);
    base.info().annotations.push({
      type: 'not yet served',
      description: planned.map((r) => `${r.surface} ${r.method} ${r.path}`).join(', ') || 'none',
    });
  });
});
