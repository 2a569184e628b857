// Headers faults. Each helper that adds a check adds its fault here; targets/faults.ts composes the areas.
// Implemented in targets/shared/security-headers.ts (securityHeaders / faultResponse), which both apps call,
// except secret-key-in-page (targets/shared/client-config-fault.ts), static-assets-through-middleware
// (targets/express/app.ts) and error-route-stack-trace (targets/shared/error-route.ts).
import { ALL_APPS, type Fault } from './fault.ts';

export const HEADERS_FAULTS = [
  {
    id: 'nosniff-missing',
    area: 'headers',
    description: 'Pages and API responses are sent without X-Content-Type-Options: nosniff.',
    caughtBy: 'headers.nosniff',
    apps: ALL_APPS,
  },
  {
    id: 'hsts-missing',
    area: 'headers',
    description: 'No Strict-Transport-Security header on https responses.',
    caughtBy: 'headers.hsts',
    apps: ALL_APPS,
  },
  {
    id: 'http-not-redirected',
    area: 'headers',
    description: "The https front's plain-http listener serves the app over http instead of redirecting to https.",
    caughtBy: 'headers.https-redirect',
    apps: ALL_APPS,
  },
  {
    id: 'hsts-short',
    area: 'headers',
    description: 'Strict-Transport-Security max-age is one day (below 180 days).',
    caughtBy: 'headers.hsts',
    apps: ALL_APPS,
  },
  {
    id: 'framing-allowed',
    area: 'headers',
    description: 'No X-Frame-Options and CSP frame-ancestors * : any site can frame the pages.',
    caughtBy: 'headers.frame-protection',
    apps: ALL_APPS,
  },
  {
    id: 'csp-missing',
    area: 'headers',
    description: 'No Content-Security-Policy header.',
    caughtBy: 'headers.csp',
    apps: ALL_APPS,
    // No CSP: nothing to allow Clerk in, nothing to violate.
    masks: ['headers.csp-clerk', 'headers.csp-violations'],
  },
  {
    id: 'csp-report-only',
    area: 'headers',
    description: 'The CSP is sent only as Content-Security-Policy-Report-Only, so nothing is enforced.',
    caughtBy: 'headers.csp',
    apps: ALL_APPS,
  },
  {
    id: 'csp-unsafe-eval',
    area: 'headers',
    description: "script-src allows 'unsafe-eval'.",
    caughtBy: 'headers.csp',
    apps: ALL_APPS,
  },
  {
    id: 'csp-blocks-turnstile',
    area: 'headers',
    description:
      'script-src and frame-src omit https://challenges.cloudflare.com, so Clerk bot protection cannot load.',
    caughtBy: 'headers.csp-clerk',
    apps: ALL_APPS,
  },
  {
    id: 'csp-blocks-inline-styles',
    area: 'headers',
    description:
      "style-src lacks 'unsafe-inline' (and no nonce), so the browser blocks the styles Clerk's components inject.",
    caughtBy: 'headers.csp-violations',
    apps: ALL_APPS,
  },
  {
    id: 'referrer-leaky',
    area: 'headers',
    description: 'Referrer-Policy: unsafe-url sends full URLs to other sites.',
    caughtBy: 'headers.referrer-policy',
    apps: ALL_APPS,
  },
  {
    id: 'permissions-policy-missing',
    area: 'headers',
    description: 'No Permissions-Policy header.',
    caughtBy: 'headers.permissions-policy',
    apps: ALL_APPS,
  },
  {
    id: 'powered-by',
    area: 'headers',
    description: 'Responses carry X-Powered-By with the framework and its version.',
    caughtBy: 'headers.no-fingerprint',
    apps: ALL_APPS,
  },
  {
    id: 'cookie-insecure',
    area: 'headers',
    description: 'The app sets its own session cookie without Secure and HttpOnly, with SameSite=None.',
    caughtBy: 'headers.cookies',
    apps: ALL_APPS,
  },
  {
    id: 'secret-key-in-page',
    area: 'headers',
    description: 'Every page inlines a client config object holding the configured CLERK_SECRET_KEY.',
    caughtBy: 'leaks.secrets',
    apps: ALL_APPS,
  },
  {
    id: 'static-assets-through-middleware',
    area: 'headers',
    description:
      "The app's script bundle is served after Clerk's middleware, so every asset request runs an auth check.",
    caughtBy: 'headers.static-assets',
    // Next fixes its middleware matcher at build time: only Express and Hono (the route added after clerkAuth)
    // can switch this at run time.
    apps: ['express', 'hono'],
  },
  {
    id: 'dotenv-served',
    area: 'headers',
    description: '/.env and /.env.local are served with their contents.',
    caughtBy: 'leaks.sensitive-files',
    apps: ALL_APPS,
  },
  {
    id: 'unknown-route-soft-404',
    area: 'headers',
    description: 'A catch-all route answers every unknown page path with 200 and a generic page (a soft 404).',
    caughtBy: 'errors.not-found',
    apps: ALL_APPS,
  },
  {
    id: 'stack-trace-in-error',
    area: 'headers',
    description:
      'An unknown API route crashes with a 500 page that shows the stack trace. Hono: app.onError answers every ' +
      'error with its stack (its unknown API routes answer 401 before anything can crash; /api/debug/crash shows it).',
    caughtBy: 'errors.no-stack-trace',
    apps: ALL_APPS,
  },
  {
    id: 'error-route-stack-trace',
    area: 'headers',
    description:
      "The app's own error route (/api/public/boom, Hono: /api/debug/crash, listed in routes.errorRoutes) catches what it throws and " +
      "answers 500 with the error's stack trace.",
    caughtBy: 'errors.no-stack-trace',
    apps: ALL_APPS,
  },
] as const satisfies readonly Fault[];
