// The route table: environment lists win over the config file, which wins over the defaults (the bundled
// reference app's routes). An empty list variable means "none". Protected API routes get their :params filled
// here, so every check requests the same path; an unfilled :param is a profile error naming the field.
import { DEFAULTS, embeddedAppDefaults } from './defaults.ts';
import { fileProblem, variableProblem, type Problem } from './problems.ts';
import type { ApiRouteSetting, ParsedEnv, ParsedFileConfig } from './schema.ts';
import type { Profile, ProtectedApiRoute, RouteListName, RouteTable } from './types.ts';

type Params = Record<string, string | number>;

// Statuses a request that fails validation gets: counting them as "denied" would hide an unprotected write.
const VALIDATION_STATUSES = [400, 422];

/** `:name` segments of a path. */
export function paramsIn(path: string): string[] {
  return [...path.matchAll(/\/:([A-Za-z_][A-Za-z0-9_]*)/g)].map((match) => match[1]!);
}

/** The path with each :name replaced by its (URL-encoded) value, and the names nobody filled (left as is). */
export function fillParams(path: string, params: Params): { path: string; missing: string[] } {
  const missing = paramsIn(path).filter((name) => params[name] === undefined);
  const filled = path.replace(/\/:([A-Za-z_][A-Za-z0-9_]*)/g, (whole, name: string) =>
    params[name] === undefined ? whole : `/${encodeURIComponent(String(params[name]))}`,
  );
  return { path: filled, missing };
}

interface Source {
  /** The variable, or the config file key, the list came from. */
  setBy: string;
  /** Names the field of item i in a problem ("routes.protectedApi[1].path" or "CGL_PROTECTED_API"). */
  problem(index: number, field: string, message: string): Problem;
}

function toRoute(
  entry: string | ApiRouteSetting,
  index: number,
  source: Source,
  sharedParams: Params,
  problems: Problem[],
  warnings: string[],
): ProtectedApiRoute {
  const route = typeof entry === 'string' ? { path: entry } : entry;
  const { path, missing } = fillParams(route.path, { ...sharedParams, ...route.params });
  for (const name of missing)
    problems.push(
      source.problem(
        index,
        'path',
        `has :${name} but no value for it: set params: { ${name}: '…' } on the route or in routes.params`,
      ),
    );
  const method = route.method ?? 'GET';
  const denied = route.denied ?? [...DEFAULTS.denied];
  if (denied.some((s) => s >= 200 && s < 300))
    problems.push(
      source.problem(
        index,
        'denied',
        `${method} ${path}: a 2xx in "denied" would count serving the route as denying it`,
      ),
    );
  const validation = denied.filter((s) => VALIDATION_STATUSES.includes(s));
  if (validation.length > 0)
    warnings.push(
      `${source.setBy} ${method} ${path}: ${validation.join(', ')} in "denied" counts a request that fails ` +
        'validation as denied, which would hide an unprotected write: give the route the "body" it expects instead.',
    );
  return {
    path,
    ...(path !== route.path && { pattern: route.path }),
    method,
    ...(route.body !== undefined && { body: route.body }),
    ...(route.form !== undefined && {
      form: Object.fromEntries(Object.entries(route.form).map(([k, v]) => [k, String(v)])),
    }),
    ...(route.headers !== undefined && { headers: { ...route.headers } }),
    denied,
    allowed: route.allowed ?? [...DEFAULTS.allowed],
    forUser: route.forUser ?? 'userId',
    allowStateChanges: route.allowStateChanges ?? false,
  };
}

const ENV_NAMES: Record<RouteListName, keyof ParsedEnv> = {
  publicPages: 'CGL_PUBLIC_PAGES',
  protectedPages: 'CGL_PROTECTED_PAGES',
  protectedApi: 'CGL_PROTECTED_API',
  publicApi: 'CGL_PUBLIC_API',
  errorRoutes: 'CGL_ERROR_ROUTES',
};

export function readRoutes(
  e: Partial<ParsedEnv>,
  file: ParsedFileConfig,
  problems: Problem[],
  options: { embedded: boolean; referenceApp?: string; configFile: string; warnings: string[] },
): RouteTable {
  // Embedded: the routes of the bundled app CGL_REFERENCE_APP names.
  const defaults = options.embedded ? embeddedAppDefaults(options.referenceApp) : DEFAULTS;
  const setBy = {} as Record<RouteListName, string>;
  const pick = <T>(name: RouteListName, fallback: readonly T[]): T[] => {
    const fromEnv = e[ENV_NAMES[name]] as T[] | undefined;
    const fromFile = file.routes?.[name] as T[] | undefined;
    setBy[name] = fromEnv
      ? ENV_NAMES[name]
      : fromFile
        ? `${options.configFile}: routes.${name}`
        : `the defaults (${ENV_NAMES[name]} / routes.${name} unset)`;
    return [...(fromEnv ?? fromFile ?? fallback)];
  };
  const publicPages = pick<string>('publicPages', defaults.publicPages);
  const protectedPages = pick<string>('protectedPages', defaults.protectedPages);
  const apiEntries = pick<string | ApiRouteSetting>('protectedApi', defaults.protectedApi);
  const publicApi = pick<string>('publicApi', defaults.publicApi);
  const errorRoutes = pick<string>('errorRoutes', defaults.errorRoutes);

  const fromEnv = e.CGL_PROTECTED_API !== undefined;
  const source: Source = {
    setBy: setBy.protectedApi,
    problem: (index, field, message) =>
      fromEnv
        ? variableProblem('CGL_PROTECTED_API', `item ${index + 1} (${field}): ${message}`)
        : fileProblem(options.configFile, ['routes', 'protectedApi', index, field], message),
  };
  const sharedParams = file.routes?.params ?? {};
  const protectedApi = apiEntries.map((entry, index) =>
    toRoute(entry, index, source, sharedParams, problems, options.warnings),
  );
  return { publicPages, protectedPages, protectedApi, publicApi, errorRoutes, setBy };
}

/** True when neither the environment nor the file names the protected routes. */
export function usesDefaultRoutes(e: Partial<ParsedEnv>, file: ParsedFileConfig): boolean {
  return (
    e.CGL_PROTECTED_API === undefined &&
    !file.routes?.protectedApi &&
    e.CGL_PROTECTED_PAGES === undefined &&
    !file.routes?.protectedPages
  );
}

/** Methods that change nothing on a well-behaved server. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Why a request that the route would serve (signed in) is not sent: on a production profile a write really writes,
 * so it is sent only to a route marked allowStateChanges. Null when it may be sent. Denied requests (signed out,
 * forged tokens) are always sent: a protected route refuses them before it writes anything.
 */
export function stateChangeSkip(profile: Profile, route: ProtectedApiRoute): string | null {
  if (profile.environment !== 'production' || route.allowStateChanges || SAFE_METHODS.has(route.method)) return null;
  return (
    `${route.method} ${route.pattern ?? route.path} changes state and the profile is production: signed in, this ` +
    'request would really write there. Set "allowStateChanges": true on the route in routes.protectedApi to send ' +
    'it (a target whose data is disposable), or run against staging.'
  );
}
