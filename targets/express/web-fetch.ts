// Bridges between Express and the web Request/Response API, so framework-free handlers in
// targets/shared (the webhook receiver, the JSON replies) serve Express unchanged.
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express';
import type { JsonReply } from '../shared/api-replies.ts';

/**
 * A web Request for an Express request whose body was read as raw bytes (express.raw), so a signature
 * over the exact bytes still verifies.
 */
export function toWebRequest(req: ExpressRequest): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`);
  const body =
    Buffer.isBuffer(req.body) && req.method !== 'GET' && req.method !== 'HEAD' ? new Uint8Array(req.body) : undefined;
  return new Request(url, { method: req.method, headers, body });
}

/** Sends a web Response through Express, headers (every Set-Cookie kept) and body. */
export async function sendWebResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.status(response.status);
  for (const [name, value] of response.headers) if (name !== 'set-cookie') res.setHeader(name, value);
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) res.setHeader('Set-Cookie', cookies);
  res.end(Buffer.from(await response.arrayBuffer()));
}

export function sendReply(res: ExpressResponse, reply: JsonReply): void {
  res.status(reply.status).set(reply.headers).json(reply.body);
}
