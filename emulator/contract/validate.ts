/**
 * validateExchange: one response checked against the contract. Returns human-readable problems
 * (empty when the response conforms), each naming the route and the JSON path that is wrong.
 */
import type { z } from 'zod';

import { clerkErrors } from './common.ts';
import { findRoute, type Surface } from './routes.ts';

export interface Exchange {
  surface: Surface;
  method: string;
  path: string;
  status: number;
  headers?: Record<string, string>;
  body: unknown;
}

const MAX_ISSUES = 8;

function schemaProblems(where: string, schema: z.ZodType, body: unknown): string[] {
  const result = schema.safeParse(body);
  if (result.success) return [];
  const issues = result.error.issues.slice(0, MAX_ISSUES).map((issue) => {
    const at = issue.path.length ? issue.path.join('.') : '(body)';
    return `${where}: ${at}: ${issue.message}`;
  });
  const more = result.error.issues.length - MAX_ISSUES;
  return more > 0 ? [...issues, `${where}: ...and ${more} more`] : issues;
}

export function validateExchange(
  surface: Surface,
  method: string,
  path: string,
  status: number,
  body: unknown,
  headers?: Record<string, string>,
): string[] {
  const where = `${surface.toUpperCase()} ${method} ${path} -> ${status}`;
  const route = findRoute(surface, method, path);
  const contentType = headers?.['content-type'];
  const problems: string[] = [];
  // @clerk/backend parses JSON only when the type is exactly application/json (no charset).
  const expectJson =
    status >= 400 || (route !== undefined && route.success !== 'redirect' && route.success !== 'asset');
  if (headers && expectJson && contentType !== 'application/json') {
    problems.push(
      `${where}: Content-Type is ${JSON.stringify(contentType ?? null)}, expected exactly "application/json"`,
    );
  }

  if (status >= 400) return [...problems, ...schemaProblems(`${where} (ClerkErrors)`, clerkErrors, body)];
  if (!route) return [...problems, `${where}: no contract for this route (add it to emulator/contract/routes.ts)`];
  if (route.success === 'asset') return problems;
  if (route.success === 'redirect') {
    if (status < 300 || status >= 400) problems.push(`${where}: expected a 3xx redirect`);
    if (headers && !headers.location) problems.push(`${where}: redirect without a Location header`);
    return problems;
  }
  if (status < 200 || status >= 300) return [...problems, `${where}: status ${status} is neither success nor error`];
  return [...problems, ...schemaProblems(where, route.success, body)];
}

/** validateExchange over an exchange object (what startEmulator's `onExchange` hands over). */
export const checkExchange = (e: Exchange): string[] =>
  validateExchange(e.surface, e.method, e.path, e.status, e.body, e.headers);
