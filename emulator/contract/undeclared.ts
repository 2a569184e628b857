/**
 * Fields the emulator sends that its contract does not declare. The schemas accept unknown keys (Clerk adds
 * fields faster than its spec lists them, and SDKs must ignore what they do not know), so a field the
 * emulator invents would pass validation unseen: this walk names every such field by its JSON path, with
 * array indexes as `[]` (e.g. `response.sessions[].user.foo`), so tests can hold them to a reviewed list.
 */
import type { z } from 'zod';

import { clerkErrors } from './common.ts';
import { findRoute } from './routes.ts';
import type { Exchange } from './validate.ts';

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
  getter?: () => z.ZodType;
}

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

function walk(schema: z.ZodType, value: unknown, path: string, out: Set<string>): void {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'readonly':
    case 'catch':
      if (value !== null && value !== undefined && def.innerType) walk(def.innerType, value, path, out);
      return;
    case 'pipe':
      if (def.in) walk(def.in, value, path, out);
      return;
    case 'lazy':
      if (def.getter) walk(def.getter(), value, path, out);
      return;
    case 'array':
      if (Array.isArray(value) && def.element) for (const item of value) walk(def.element, item, `${path}[]`, out);
      return;
    case 'union': {
      // The first option the value satisfies is the one that describes it.
      const option = def.options?.find((candidate) => candidate.safeParse(value).success);
      if (option) walk(option, value, path, out);
      return;
    }
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
      const shape = def.shape ?? {};
      for (const [key, child] of Object.entries(value)) {
        const at = path ? `${path}.${key}` : key;
        const declared = shape[key];
        if (declared) walk(declared, child, at, out);
        else out.add(at);
      }
      return;
    }
    default:
      // Records, primitives, unknown: every key is declared by construction.
      return;
  }
}

/** JSON paths in `value` that `schema` does not declare (sorted, each once). */
export function undeclaredFields(schema: z.ZodType, value: unknown): string[] {
  const out = new Set<string>();
  walk(schema, value, '', out);
  return [...out].sort();
}

/** The undeclared fields of one exchange, as `<SURFACE> <METHOD> <route pattern>: <path>`. */
export function undeclaredInExchange(e: Exchange): string[] {
  const route = findRoute(e.surface, e.method, e.path);
  const schema = e.status >= 400 ? clerkErrors : route && typeof route.success !== 'string' ? route.success : undefined;
  if (!schema || !route) return [];
  return undeclaredFields(schema, e.body).map(
    (path) => `${e.surface.toUpperCase()} ${e.method} ${route.path}: ${path}`,
  );
}
