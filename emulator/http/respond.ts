/**
 * Responses shared by FAPI and BAPI: JSON with `Content-Type: application/json` exactly (with a
 * charset, @clerk/backend hands callers the raw string instead of parsed JSON), and Clerk's error
 * envelope `{ errors: [{ code, message, long_message, meta }] }`.
 */
import { HttpResponse } from 'msw';

export function json(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  const h = new Headers(headers);
  h.set('Content-Type', 'application/json');
  h.set('Cache-Control', 'no-store');
  return new HttpResponse(JSON.stringify(body), { status, headers: h });
}

export interface ClerkError {
  code: string;
  message: string;
  longMessage?: string;
  meta?: Record<string, unknown>;
}

export function clerkErrors(status: number, ...errors: ClerkError[]): Response {
  return json(
    {
      errors: errors.map((e) => ({
        code: e.code,
        message: e.message,
        long_message: e.longMessage ?? e.message,
        meta: e.meta ?? {},
      })),
      clerk_trace_id: 'emulator',
    },
    status,
  );
}

export const notFound = (what: string): Response =>
  clerkErrors(404, { code: 'resource_not_found', message: 'not found', longMessage: `${what} not found` });

export const formError = (code: string, paramName: string, message: string, longMessage = message): Response =>
  clerkErrors(422, { code, message, longMessage, meta: { param_name: paramName } });

/** Body params of a form-urlencoded (clerk-js) or JSON (BAPI clients) request, as strings. */
export async function readParams(request: Request): Promise<Record<string, string>> {
  const type = request.headers.get('content-type') ?? '';
  const text = await request.text();
  if (!text) return {};
  if (type.includes('application/json')) {
    try {
      const parsed = JSON.parse(text) as unknown;
      if (typeof parsed !== 'object' || parsed === null) return {};
      return Object.fromEntries(
        Object.entries(parsed)
          .filter(([, v]) => v !== null && v !== undefined)
          .map(([k, v]) => [k, String(v)]),
      );
    } catch {
      return {};
    }
  }
  return Object.fromEntries(new URLSearchParams(text));
}

export function parseCookies(request: Request): Map<string, string> {
  const jar = new Map<string, string>();
  for (const part of (request.headers.get('cookie') ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const name = part.slice(0, eq).trim();
    if (jar.has(name)) continue; // the first (most specific path) wins, as in browsers' ordering
    try {
      jar.set(name, decodeURIComponent(part.slice(eq + 1).trim()));
    } catch {
      jar.set(name, part.slice(eq + 1).trim());
    }
  }
  return jar;
}
