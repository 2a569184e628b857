// Defaults for everything the profile does not require. The route table and paths match the bundled
// reference app (targets/nextjs), so the embedded run needs no configuration.
import { DEFAULT_ALLOWED, DEFAULT_DENIED } from '../checks/clerk-signals.ts';
import type { ReferenceApp } from '../../targets/faults/fault.ts';
import type { ApiRouteSetting } from './schema.ts';
import type { InstanceExpectations } from '../checks/instance-settings.ts';

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

/** What the embedded default knows of a bundled reference app: its routes, paths and webhook endpoint. */
export interface EmbeddedAppDefaults {
  publicPages: readonly string[];
  protectedPages: readonly string[];
  protectedApi: ApiRouteSetting[];
  publicApi: readonly string[];
  errorRoutes: readonly string[];
  signIn: string;
  afterSignIn: string;
  afterSignOut: string;
  webhookPath: string;
  webhookProbe: string;
  /** A public route that answers 200 once the app is up (the embedded stack waits for it). */
  healthPath: string;
  /** The instance the embedded emulator runs (emulator/instance-config.ts defaults), as a team would state it. */
  instance: InstanceExpectations;
}

/**
 * The bundled emulator's instance (emulator/instance-config.ts defaults), stated as a team states its own: the
 * embedded run judges the whole instance settings audit against it.
 */
const EMULATOR_INSTANCE: InstanceExpectations = {
  identifiers: ['email_address', 'phone_number'],
  password: true,
  passwordMinLength: 8,
  secondFactor: 'off',
  signUpMode: 'public',
  sessionMode: 'single',
  socialConnections: [],
};

/**
 * The Next.js and Express apps' route table: also a write that validates its JSON body before it checks the
 * session (so only a request carrying a valid body proves it is protected) and a route that throws.
 */
const NEXTJS_EXPRESS: EmbeddedAppDefaults = {
  publicPages: DEFAULTS.publicPages,
  protectedPages: DEFAULTS.protectedPages,
  protectedApi: [
    { path: '/api/me' },
    {
      path: '/api/orgs/:orgId/notes',
      method: 'POST',
      params: { orgId: 'org_go_live' },
      body: { text: 'clerk-go-live probe note' },
      allowed: [201],
      forUser: { jsonPath: '$.note.authorId' },
      // The reference app keeps notes in memory: writing there is harmless.
      allowStateChanges: true,
    },
  ],
  publicApi: DEFAULTS.publicApi,
  errorRoutes: ['/api/public/boom'],
  signIn: DEFAULTS.signIn,
  afterSignIn: DEFAULTS.afterSignIn,
  afterSignOut: DEFAULTS.afterSignOut,
  webhookPath: DEFAULTS.webhookPath,
  webhookProbe: DEFAULTS.embeddedWebhookProbe,
  healthPath: '/api/public/health',
  instance: EMULATOR_INSTANCE,
};

/** The bundled apps' routes (CGL_EMBEDDED=1, CGL_REFERENCE_APP): the Hono app keeps its own conventions. */
export const EMBEDDED_APP_DEFAULTS: Record<ReferenceApp, EmbeddedAppDefaults> = {
  nextjs: NEXTJS_EXPRESS,
  express: NEXTJS_EXPRESS,
  hono: {
    publicPages: ['/'],
    protectedPages: ['/app'],
    protectedApi: [
      // The signed-in user's projects, without their id: served for them is "differs from signed out".
      { path: '/api/projects', forUser: 'none' },
      {
        path: '/api/projects',
        method: 'POST',
        body: { name: 'go-live' },
        allowed: [201],
        forUser: { jsonPath: '$.project.ownerId' },
        allowStateChanges: true,
      },
    ],
    publicApi: ['/healthz'],
    errorRoutes: ['/api/debug/crash'],
    signIn: '/login',
    afterSignIn: '/app',
    afterSignOut: '/',
    webhookPath: '/hooks/clerk',
    webhookProbe: '/internal/webhook-probe/users/{id}',
    healthPath: '/healthz',
    instance: EMULATOR_INSTANCE,
  },
};

/** The embedded defaults of the app CGL_REFERENCE_APP names (Next.js's when unset or unknown). */
export function embeddedAppDefaults(app: string | undefined): EmbeddedAppDefaults {
  return EMBEDDED_APP_DEFAULTS[(app ?? '') as ReferenceApp] ?? NEXTJS_EXPRESS;
}
