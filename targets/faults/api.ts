// Api faults. Each helper that adds a check adds its fault here; targets/faults.ts composes the areas.
import { ALL_APPS, type Fault } from './fault.ts';

export const API_FAULTS = [
  {
    id: 'api-me-unprotected',
    area: 'api',
    description:
      'The middleware treats /api/me as public and the route answers 200 { userId: null } when signed out ' +
      "(Hono: GET /api/projects is added ahead of the API's auth middleware and lists nobody's projects).",
    caughtBy: 'api.protected.signed-out-denied',
    apps: ALL_APPS,
    // /api/me allows a signed-out request: the token checks, which need that denial as baseline, skip. The outage
    // drill's fail-closed check fails with it.
    masks: ['api.forged-token.denied', 'auth.session-token.bounded', 'recovery'],
  },
  {
    id: 'api-me-fails-signed-in',
    area: 'api',
    description:
      '/api/me (Hono: every /api route) answers every signed-in caller as a fixed demo user (a development stub ' +
      'left in), never the caller.',
    caughtBy: 'api.protected.signed-in-allowed',
    apps: ALL_APPS,
  },
  {
    id: 'api-trusts-unverified-token',
    area: 'api',
    description:
      "/api/me (Hono: every /api route) skips Clerk's middleware and reads the user id from the token's payload without " +
      'verifying its signature.',
    caughtBy: 'api.forged-token.denied',
    apps: ALL_APPS,
  },
  {
    id: 'api-accepts-alg-none',
    area: 'api',
    description:
      "/api/me (Hono: every /api route) skips Clerk's middleware and its hand-rolled verifier trusts tokens whose " +
      'header says alg "none".',
    caughtBy: 'api.forged-token.denied',
    apps: ALL_APPS,
  },
  {
    id: 'api-cors-reflects-origin',
    area: 'api',
    description:
      '/api/me (Hono: /api, hono/cors with origin: (origin) => origin) echoes any Origin in ' +
      'Access-Control-Allow-Origin with Access-Control-Allow-Credentials: true.',
    caughtBy: 'api.protected.cors',
    apps: ALL_APPS,
  },
  {
    id: 'dashboard-cache-public',
    area: 'api',
    description: 'The protected /dashboard page (Hono: /app) is sent with Cache-Control: public, s-maxage=300.',
    caughtBy: 'api.protected.no-shared-cache',
    apps: ALL_APPS,
  },
  {
    id: 'public-api-requires-session',
    area: 'api',
    description: 'The public /api/public/health route (Hono: /healthz) answers 401 to signed-out callers.',
    caughtBy: 'api.public.signed-out-allowed',
    apps: ALL_APPS,
  },
  {
    id: 'page-cache-ignores-session',
    area: 'api',
    description:
      'A page cache in front of the app, keyed by URL only and bypassed by requests with cookies, ' +
      'also keeps the /dashboard (Hono: /app) it passed through for a signed-in user and serves that copy to ' +
      'visitors without cookies (the headers stay private).',
    caughtBy: 'api.protected.no-shared-cache',
    apps: ALL_APPS,
    // With any project or fault beside its own api project, the auth project's page checks fail (the cached
    // /dashboard reaches its signed-out visitors) and, on Next.js, so does the sign-out teardown (Clerk never
    // loads a session on /dashboard): it runs alone.
    masks: ['*'],
  },
  {
    id: 'notes-post-unprotected',
    area: 'api',
    description:
      "POST /api/orgs/:orgId/notes (Hono: POST /api/projects, added ahead of the API's auth middleware) validates its JSON body" +
      ' (400 for an empty or invalid one, signed in or not), ' +
      'then saves the note without checking the session: a valid body is accepted signed out. Only a request ' +
      'carrying the body the route expects (the profile\'s "body") reveals it.',
    caughtBy: 'api.protected.signed-out-denied',
    apps: ALL_APPS,
    // The outage drill sends the same body signed out: its fail-closed check fails too.
    masks: ['recovery'],
  },
  {
    id: 'api-slow',
    area: 'api',
    description:
      'GET /api/me (Hono: GET /api/projects) waits 1.2 s after verifying the session before it answers a signed-in ' +
      'caller (a slow query behind the route): p95 over the 800 ms budget.',
    caughtBy: 'performance.latency.protected-api',
    apps: ALL_APPS,
  },
  {
    id: 'public-page-no-store',
    area: 'api',
    description:
      'The public home page, the same for every visitor and without cookies, is sent Cache-Control: no-store, so no ' +
      'CDN may serve it (every visit renders it again).',
    caughtBy: 'api.public-page.cacheable',
    apps: ALL_APPS,
  },
] as const satisfies readonly Fault[];
