/**
 * The HTTP request being answered, for code far from the handler: Clerk's webhook events carry
 * `event_attributes.http_request` (the client IP and user agent of the request that caused the change),
 * and the state layer that emits them never sees a request. AsyncLocalStorage carries it there.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestFacts {
  clientIp: string;
  userAgent: string;
}

const current = new AsyncLocalStorage<RequestFacts>();

/** The client's IP: the first X-Forwarded-For hop (a Frontend API proxy adds it), else the peer's address. */
export function requestFacts(request: Request, peerAddress: string | undefined): RequestFacts {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return {
    clientIp: forwarded || (peerAddress ?? '').replace(/^::ffff:/, ''),
    userAgent: request.headers.get('user-agent') ?? '',
  };
}

export function withRequest<T>(facts: RequestFacts, run: () => T): T {
  return current.run(facts, run);
}

/** The request being answered, if this code runs on behalf of one. */
export function currentRequest(): RequestFacts | undefined {
  return current.getStore();
}
