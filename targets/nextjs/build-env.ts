// The environment baked into the Next.js build (NEXT_PUBLIC_* are inlined by `next build`) and the
// names start.ts requires at run time. Nothing here is secret.
import { EMULATOR_DEV_PUBLISHABLE_KEY } from '../../emulator/keys.ts';

// The emulator's fixed development key (a dev-suffix host, so clerk-js and @clerk/backend take the
// development-instance paths; behind the same-origin proxy the host is never resolved).
export const BAKED_PUBLISHABLE_KEY = EMULATOR_DEV_PUBLISHABLE_KEY;

export const BUILD_TIME_ENV: Readonly<Record<string, string>> = {
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: BAKED_PUBLISHABLE_KEY,
  // Relative on purpose: an absolute http:// proxy URL is rewritten to https:// by Clerk.
  NEXT_PUBLIC_CLERK_PROXY_URL: '/__clerk',
  // Without these, protected pages redirect to the hosted Account Portal instead of our pages.
  NEXT_PUBLIC_CLERK_SIGN_IN_URL: '/sign-in',
  NEXT_PUBLIC_CLERK_SIGN_UP_URL: '/sign-up',
  NEXT_PUBLIC_CLERK_SIGN_IN_FALLBACK_REDIRECT_URL: '/dashboard',
  NEXT_PUBLIC_CLERK_TELEMETRY_DISABLED: '1',
};

/** Read by the server on every start (never baked), so one build serves any emulator instance. */
export const RUN_TIME_ENV_NAMES = [
  'CGL_APP_PORT',
  'CLERK_SECRET_KEY',
  'CLERK_API_URL',
  'CLERK_FAPI_URL',
  'CLERK_WEBHOOK_SIGNING_SECRET',
] as const;
