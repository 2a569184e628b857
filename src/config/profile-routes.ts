// The route table: environment lists win over the config file, which wins over the reference app's defaults.
import { DEFAULTS } from './defaults.ts';
import { variableProblem, type Problem } from './problems.ts';
import type { ParsedEnv, ParsedFileConfig } from './schema.ts';
import type { ProtectedApiRoute, RouteTable } from './types.ts';

type RouteEntry =
  string | { path: string; method?: ProtectedApiRoute['method']; denied?: number[]; allowed?: number[] };

function toRoute(entry: RouteEntry): ProtectedApiRoute {
  const route = typeof entry === 'string' ? { path: entry } : entry;
  return {
    path: route.path,
    method: route.method ?? 'GET',
    denied: route.denied ?? [...DEFAULTS.denied],
    allowed: route.allowed ?? [...DEFAULTS.allowed],
  };
}

export function readRoutes(e: Partial<ParsedEnv>, file: ParsedFileConfig, problems: Problem[]): RouteTable {
  const routes = {
    publicPages: e.CGL_PUBLIC_PAGES ?? file.routes?.publicPages ?? [...DEFAULTS.publicPages],
    protectedPages: e.CGL_PROTECTED_PAGES ?? file.routes?.protectedPages ?? [...DEFAULTS.protectedPages],
    protectedApi: (e.CGL_PROTECTED_API ?? file.routes?.protectedApi ?? DEFAULTS.protectedApi).map(toRoute),
    publicApi: e.CGL_PUBLIC_API ?? file.routes?.publicApi ?? [...DEFAULTS.publicApi],
  };
  for (const route of routes.protectedApi) {
    if (route.denied.some((s) => s >= 200 && s < 300)) {
      problems.push(
        variableProblem(
          'CGL_PROTECTED_API',
          `${route.method} ${route.path}: a 2xx in "denied" would count serving the route as denying it`,
        ),
      );
    }
  }
  return routes;
}

/** True when neither the environment nor the file names the protected routes. */
export function usesDefaultRoutes(e: Partial<ParsedEnv>, file: ParsedFileConfig): boolean {
  return !e.CGL_PROTECTED_API && !file.routes?.protectedApi && !e.CGL_PROTECTED_PAGES && !file.routes?.protectedPages;
}
