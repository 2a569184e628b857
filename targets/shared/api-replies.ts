// The JSON API of the reference apps, framework-free: each app turns these replies into its own
// response type, so /api/me and /api/public/health answer the same in Next.js and Express.
// Must stay free of Node APIs: Next.js route handlers may run on the edge runtime.
import { faultOn } from '../faults.ts';

export interface JsonReply {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/** The reply as a web Response (Next.js route handlers; Express sends replies itself). */
export function jsonResponse(reply: JsonReply): Response {
  return Response.json(reply.body, { status: reply.status, headers: reply.headers });
}

// Per-user data: never stored by a shared cache.
const PRIVATE = { 'Cache-Control': 'private, no-store' };

/**
 * GET /api/me for the user the request's session belongs to (null when signed out). The app's route
 * protection denies signed-out requests first; this check is defence in depth, unless
 * api-me-unprotected is on, which makes the route answer 200 { userId: null }.
 */
export function apiMeReply(userId: string | null | undefined): JsonReply {
  if (!userId && !faultOn('api-me-unprotected')) {
    return { status: 401, headers: PRIVATE, body: { error: 'unauthenticated' } };
  }
  // Fault api-me-fails-signed-in: a development stub left in answers a fixed demo user for every signed-in
  // caller, so the signed-in user never gets their own data.
  if (userId && faultOn('api-me-fails-signed-in'))
    return { status: 200, headers: PRIVATE, body: { userId: DEMO_USER_ID } };
  return { status: 200, headers: PRIVATE, body: { userId: userId ?? null } };
}

/** GET /api/items/:item (Express app, for the benchmark's generated routes): the signed-in user's item. */
export function itemReply(item: string, userId: string | null | undefined): JsonReply {
  if (!userId) return { status: 401, headers: PRIVATE, body: { error: 'unauthenticated' } };
  return { status: 200, headers: PRIVATE, body: { item, userId } };
}

export const DEMO_USER_ID = 'user_demo_from_development';

/** How long the api-slow fault holds a signed-in answer: over the 800 ms budget, far below any request timeout. */
export const SLOW_API_MS = 1_200;

/**
 * Fault api-slow: after the session is verified, the protected route waits (a slow query behind it) before it
 * answers a signed-in caller. Signed-out requests are denied as fast as ever.
 */
export async function slowApiFault(userId: string | null | undefined): Promise<void> {
  if (userId && faultOn('api-slow')) await new Promise((resolve) => setTimeout(resolve, SLOW_API_MS));
}

export interface Note {
  id: string;
  orgId: string;
  text: string;
  authorId: string | null;
}

let noteCount = 0;

/**
 * POST /api/orgs/:orgId/notes with a JSON body { text }: validates the body first (400 for an empty or invalid
 * one, whoever asks, like many real handlers), then the session (401), then saves the note (201 { note }).
 * Fault notes-post-unprotected: the session check is missing, so a valid body is saved signed out.
 */
export function createNoteReply(orgId: string, body: unknown, userId: string | null | undefined): JsonReply {
  const text = (body as { text?: unknown } | null)?.text;
  if (typeof text !== 'string' || text.trim() === '' || text.length > 500)
    return {
      status: 400,
      headers: PRIVATE,
      body: { error: 'invalid body: { "text": "…" } (1-500 characters) is required' },
    };
  if (!userId && !faultOn('notes-post-unprotected')) return unauthenticatedReply();
  noteCount += 1;
  const note: Note = { id: `note_${noteCount}`, orgId, text, authorId: userId ?? null };
  return { status: 201, headers: PRIVATE, body: { note } };
}

/** The JSON a request body holds, or undefined (no body, not JSON). */
export function parseJsonBody(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** GET /api/public/health: a public route, for uptime probes and the route matrix. */
export function healthReply(): JsonReply {
  return { status: 200, headers: { 'Cache-Control': 'no-store' }, body: { ok: true } };
}

/** What a protected API route answers a signed-out request with when the app (not Clerk) denies it. */
export function unauthenticatedReply(): JsonReply {
  return { status: 401, headers: PRIVATE, body: { error: 'unauthenticated' } };
}

/** Unknown API routes: JSON, without echoing the path. */
export function notFoundReply(): JsonReply {
  return { status: 404, headers: { 'Cache-Control': 'no-store' }, body: { error: 'not found' } };
}

/** Any unexpected error: no message, no stack. */
export function serverErrorReply(): JsonReply {
  return { status: 500, headers: { 'Cache-Control': 'no-store' }, body: { error: 'internal server error' } };
}
