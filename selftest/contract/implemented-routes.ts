/**
 * The routes the emulator implements, read from its msw handler lists (`handler.info`), so an
 * endpoint added to emulator/fapi or emulator/bapi without a contract entry fails coverage.spec.ts.
 */
import type { RequestHandler } from 'msw';

import { bapiHandlers } from '../../emulator/bapi/index.ts';
import { createContext } from '../../emulator/context.ts';
import type { Surface } from '../../emulator/contract/index.ts';
import { fapiHandlers } from '../../emulator/fapi/index.ts';
import { EMULATOR_DEV_PUBLISHABLE_KEY, generateSecretKey } from '../../emulator/keys.ts';

export interface ImplementedRoute {
  surface: Surface;
  method: string;
  path: string;
}

function routesOf(surface: Surface, handlers: RequestHandler[]): ImplementedRoute[] {
  return handlers.map((handler) => {
    const info = handler.info as { method?: unknown; path?: unknown };
    return { surface, method: String(info.method), path: String(info.path) };
  });
}

let cached: ImplementedRoute[] | undefined;

export function implementedRoutes(): ImplementedRoute[] {
  if (cached) return cached;
  const ctx = createContext({
    publishableKey: EMULATOR_DEV_PUBLISHABLE_KEY,
    secretKey: generateSecretKey('development'),
  });
  cached = [...routesOf('fapi', fapiHandlers(ctx)), ...routesOf('bapi', bapiHandlers(ctx))];
  return cached;
}

/** Whether the emulator serves `method path` on `surface` (tests of routes still being built skip). */
export const implemented = (surface: Surface, method: string, path: string): boolean =>
  implementedRoutes().some((r) => r.surface === surface && r.method === method && r.path === path);
