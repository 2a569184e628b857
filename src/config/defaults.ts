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

/** The bundled reference apps' route table (CGL_EMBEDDED=1). */
export const EMBEDDED_DEFAULTS = { ...DEFAULTS };
