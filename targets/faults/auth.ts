// Auth faults. Each helper that adds a check adds its fault here; targets/faults.ts composes the areas.
import { ALL_APPS, type Fault } from './fault.ts';

export const AUTH_FAULTS = [
  {
    id: 'sign-up-broken',
    area: 'auth',
    description: 'The /sign-up page renders an error message instead of the Clerk <SignUp/> component.',
    caughtBy: 'auth.sign-up',
    // Sign-up runs on a development instance only (Clerk test addresses and code 424242).
    instance: 'development',
  },
  {
    id: 'sign-in-broken',
    area: 'auth',
    description: 'The /sign-in page (Hono: /login) renders an error message instead of the Clerk <SignIn/> component.',
    caughtBy: 'auth.sign-in',
    apps: ALL_APPS,
    // The setup sign-in fails: every auth and api check skips; the headers project's sign-in CSP test fails.
    // Its error shows on the healthy sign-in page too, with no outage notice: the drill's sign-in fallback fails.
    masks: ['auth', 'api', 'headers', 'recovery'],
  },
  {
    id: 'dashboard-unprotected',
    area: 'auth',
    description:
      '/dashboard (Hono: /app) is left out of the protected routes and the page has no guard of its own: it ' +
      'renders signed out.',
    caughtBy: 'auth.protected-page.signed-out-denied',
    apps: ALL_APPS,
    // Next.js: the middleware never sees the signed-in /dashboard load, so sign-out-keeps-app-session sets no cookie.
    // The outage drill's fail-closed check fails with it.
    masks: ['auth.sign-out', 'recovery'],
  },
  {
    id: 'dashboard-fails-signed-in',
    area: 'auth',
    description:
      "/dashboard (Hono: /app) renders an error message instead of the signed-in user's details (their data load " +
      'fails).',
    caughtBy: 'auth.protected-page.signed-in',
    apps: ALL_APPS,
    // The error page shows no user: after sign-out, a page still served for the app's own session (the sign-out
    // check's evidence, fault sign-out-keeps-app-session) no longer names the user (Express, Hono).
    masks: ['auth.sign-out'],
  },
  {
    id: 'home-page-protected',
    area: 'auth',
    description: "'/' is left out of the public routes: the landing page sends visitors to sign-in.",
    caughtBy: 'auth.public-page.signed-out',
    apps: ALL_APPS,
    // The outage drill's public-pages check fails with it.
    masks: ['recovery'],
  },
  {
    id: 'sign-in-open-redirect',
    area: 'auth',
    description: 'The sign-in page sends an already signed-in visitor straight to redirect_url, unchecked.',
    caughtBy: 'auth.sign-in.no-open-redirect',
    apps: ALL_APPS,
  },
  {
    id: 'allowed-redirect-origins-any',
    area: 'auth',
    description:
      "Clerk is loaded with allowedRedirectOrigins ['https://*', 'http://*']: after signing in, " +
      'clerk-js follows any redirect_url off-site.',
    caughtBy: 'auth.sign-in.no-open-redirect',
    apps: ALL_APPS,
  },
  {
    id: 'session-token-long-lived',
    area: 'auth',
    description: 'The instance issues hour-long session tokens (emulator setting CGL_EMULATOR_TOKEN_LIFETIME=3600).',
    caughtBy: 'auth.session-token.bounded',
    apps: ALL_APPS,
  },
  {
    id: 'authorized-parties-unset',
    area: 'auth',
    description:
      'clerkMiddleware() is called without authorizedParties: a genuine session token that the ' +
      'Frontend API issued to a sibling subdomain (azp https://clerk-go-live-sibling.localhost) is ' +
      "accepted by the app's API.",
    caughtBy: 'auth.session-token.bounded',
    apps: ALL_APPS,
  },
  {
    id: 'sign-out-keeps-app-session',
    area: 'auth',
    description:
      'The app keeps its own session cookie (set when a signed-in user loads /dashboard or calls ' +
      "/api/me; Hono: /app, /api/projects) and falls back to it when Clerk says signed out: after Clerk's sign-out the " +
      "browser still gets the user's data.",
    caughtBy: 'auth.sign-out',
    apps: ALL_APPS,
  },
] as const satisfies readonly Fault[];
