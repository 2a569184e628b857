/**
 * node:http <-> fetch adapter: each incoming request becomes a fetch `Request`, is answered by
 * msw's `getResponse(handlers, request)`, and the `Response` is written back. Requests no handler
 * answers get `fallback` (a JSON 404 naming method and path). clerk-js sends every method other
 * than GET and POST as POST with `?_method=`; the method is restored here so handlers declare
 * real methods.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { getResponse, type RequestHandler } from 'msw';

import { clerkErrors } from './respond.ts';
import { requestFacts, withRequest } from './request-context.ts';

export interface ServeOptions {
  /** Used in messages: `FAPI` or `BAPI`. */
  name: string;
  port: number;
  host?: string;
  fallback?: (request: Request) => Response;
  /** Called for each response with the exact bytes sent (request logs, contract checks). */
  onResponse?: (request: Request, response: Response, body: Buffer) => void;
}

export interface Served {
  url: string;
  close(): Promise<void>;
}

export const noHandler =
  (name: string) =>
  (request: Request): Response => {
    const { pathname } = new URL(request.url);
    return clerkErrors(404, {
      code: 'resource_not_found',
      message: 'not found',
      longMessage: `The Clerk emulator's ${name} has no endpoint ${request.method} ${pathname}`,
    });
  };

async function toRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const url = new URL(req.url ?? '/', origin);
  let method = (req.method ?? 'GET').toUpperCase();
  const override = url.searchParams.get('_method');
  if (method === 'POST' && override) method = override.toUpperCase();

  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const hasBody = method !== 'GET' && method !== 'HEAD' && chunks.length > 0;
  return new Request(url, { method, headers, body: hasBody ? Buffer.concat(chunks) : undefined });
}

async function writeResponse(res: ServerResponse, response: Response, onBody?: (body: Buffer) => void): Promise<void> {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) headers['set-cookie'] = cookies;
  const body = Buffer.from(await response.arrayBuffer());
  headers['content-length'] = String(body.length);
  onBody?.(body);
  res.writeHead(response.status, headers);
  res.end(body);
}

/**
 * msw tries handlers in order, compiling each one's path and parsing cookies as it goes; offering
 * only the handlers for the request's method (order kept) roughly halves that work (bench/).
 */
function handlersByMethod(handlers: RequestHandler[]): (method: string) => RequestHandler[] {
  const lists = new Map<string, RequestHandler[]>();
  return (method) => {
    let list = lists.get(method);
    if (!list) {
      list = handlers.filter((h) => {
        const declared = (h.info as { method?: unknown }).method;
        return typeof declared !== 'string' || declared.toUpperCase() === method || declared === 'all';
      });
      lists.set(method, list);
    }
    return list;
  };
}

export function serveHandlers(handlers: RequestHandler[], options: ServeOptions): Promise<Served> {
  const host = options.host ?? '127.0.0.1';
  const fallback = options.fallback ?? noHandler(options.name);
  const forMethod = handlersByMethod(handlers);
  let origin = '';

  const server = createServer((req, res) => {
    void (async () => {
      let request: Request | undefined;
      let response: Response;
      try {
        request = await toRequest(req, origin);
        const answering = request;
        response = await withRequest(
          requestFacts(answering, req.socket.remoteAddress),
          async () =>
            (await getResponse(forMethod(answering.method), answering.clone(), { baseUrl: origin })) ??
            fallback(answering),
        );
      } catch (error) {
        console.error(`Clerk emulator ${options.name}: ${req.method} ${req.url} failed:`, error);
        response = clerkErrors(500, {
          code: 'internal_clerk_error',
          message: 'Emulator error',
          longMessage: String(error),
        });
      }
      const onBody = request && options.onResponse ? options.onResponse.bind(null, request, response) : undefined;
      await writeResponse(res, response, onBody).catch(() => res.destroy());
    })();
  });
  // Keep-alive sockets would hold close() open; the emulator is short-lived, so skip the idle wait.
  server.keepAliveTimeout = 5_000;

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, () => {
      const { port } = server.address() as AddressInfo;
      origin = `http://${host}:${port}`;
      resolve({
        url: origin,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
