/**
 * BAPI request bodies, checked the way Clerk checks them: a body that is not a JSON object is
 * 400 `request_body_invalid`; a missing or mistyped parameter is 422 naming it in `meta.param_name`
 * (`form_param_missing`, `form_param_format_invalid`). @clerk/backend sends JSON; form bodies are
 * accepted too (Clerk does), as strings.
 */
import { clerkErrors, formError } from '../http/respond.ts';

export type Body = Record<string, unknown>;

export class BodyError extends Error {
  constructor(readonly response: Response) {
    super('invalid request body');
  }
}

export async function readBody(request: Request): Promise<Body> {
  const text = await request.text();
  if (!text.trim()) return {};
  const type = request.headers.get('content-type') ?? '';
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  try {
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) return parsed as Body;
  } catch {
    // falls through to the error below
  }
  throw new BodyError(
    clerkErrors(400, {
      code: 'request_body_invalid',
      message: 'Request body invalid',
      longMessage: 'The request body must be a JSON object. Please consult the API documentation for more information.',
    }),
  );
}

const invalid = (name: string, what: string) =>
  new BodyError(formError('form_param_format_invalid', name, `${name} must be ${what}.`));

export function text(body: Body, name: string, options: { required: true }): string;
export function text(body: Body, name: string, options?: { required?: boolean }): string | undefined;
export function text(body: Body, name: string, options: { required?: boolean } = {}): string | undefined {
  const value = body[name];
  if (value === undefined || value === null || value === '') {
    if (options.required) throw new BodyError(formError('form_param_missing', name, `${name} is required.`));
    return undefined;
  }
  if (typeof value !== 'string') throw invalid(name, 'a string');
  return value;
}

/** A string or the first string of an array (BAPI's `email_address: [..]`). */
export function firstText(body: Body, name: string): string | undefined {
  const value = body[name];
  if (Array.isArray(value)) {
    if (!value.every((v) => typeof v === 'string')) throw invalid(name, 'an array of strings');
    return (value as string[])[0];
  }
  return text(body, name);
}

export function integer(body: Body, name: string, range: { min: number; max?: number }): number | undefined {
  const value = body[name];
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'string' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < range.min || (range.max !== undefined && n > range.max)) {
    throw invalid(name, `an integer >= ${range.min}${range.max === undefined ? '' : ` and <= ${range.max}`}`);
  }
  return n;
}

export function object(body: Body, name: string): Record<string, unknown> | undefined {
  const value = body[name];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'object' || Array.isArray(value)) throw invalid(name, 'an object');
  return value as Record<string, unknown>;
}

/** Runs a resolver, turning a BodyError into its response. */
export async function withBody(request: Request, run: (body: Body) => Response | Promise<Response>): Promise<Response> {
  try {
    return await run(await readBody(request));
  } catch (error) {
    if (error instanceof BodyError) return error.response;
    throw error;
  }
}
