// The reference apps' own error route, GET /api/public/boom (the kind of route Sentry's setup adds to prove errors
// are reported): it always throws. Each framework answers the error its own way (Next.js: an empty 500; Express:
// the app's error handler). Fault error-route-stack-trace: the route catches the error and sends its stack.
// Must stay free of Node APIs: Next.js route handlers may run on the edge runtime.
import { faultOn } from '../faults.ts';

export const ERROR_ROUTE = '/api/public/boom';

export function failOnPurpose(): never {
  throw new Error('boom: the reference app’s error route failed on purpose');
}

/** With the fault on, the 500 that shows the stack; otherwise null (let the framework handle the error). */
export function stackTraceReply(
  error: unknown,
): { status: number; headers: Record<string, string>; body: string } | null {
  if (!faultOn('error-route-stack-trace')) return null;
  const stack = error instanceof Error ? (error.stack ?? String(error)) : String(error);
  return {
    status: 500,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
    body: `Internal Server Error\n\n${stack}\n`,
  };
}
