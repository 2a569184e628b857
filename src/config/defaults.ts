// Defaults for everything the profile does not require. The route table and paths match the bundled
// reference app (targets/nextjs), so the embedded run needs no configuration.
import { DEFAULT_ALLOWED, DEFAULT_DENIED } from '../checks/clerk-signals.ts';
import type { ApiRouteSetting } from './schema.ts';

export const DEFAULTS = {
  clerkApiUrl: 'https://api.clerk.com',
  strategy: 'ticket',
  publicPages: ['/'],
  protectedPages: ['/dashboard'],
  protectedApi: [{ path: '/api/me' }] as ApiRouteSetting[],
  publicApi: ['/api/public/health'],
  errorRoutes: [] as string[],
  denied: DEFAULT_DENIED,
  allowed: DEFAULT_ALLOWED,
  signIn: '/sign-in',
  afterSignIn: '/dashboard',
  afterSignOut: '/',
  webhookPath: '/api/webhooks/clerk',
  rejectStatuses: [400, 401],
  /** The bundled reference app's probe route (targets/shared/webhook-receiver.ts). */
  embeddedWebhookProbe: '/api/public/webhook-probe/users/{id}',
  hstsMinMaxAge: 15_552_000,
  /** Clerk's default session token lifetime. */
  maxTokenLifetimeSeconds: 60,
} as const;

/**
 * The bundled reference apps' route table (CGL_EMBEDDED=1): also a write that validates its JSON body before it
 * checks the session (so only a request carrying a valid body proves it is protected) and a route that throws.
 */
export const EMBEDDED_DEFAULTS = {
  ...DEFAULTS,
  protectedApi: [
    { path: '/api/me' },
    {
      path: '/api/orgs/:orgId/notes',
      method: 'POST',
      params: { orgId: 'org_go_live' },
      body: { text: 'clerk-go-live probe note' },
      allowed: [201],
      forUser: { jsonPath: '$.note.authorId' },
    },
  ] as ApiRouteSetting[],
  errorRoutes: ['/api/public/boom'],
};
