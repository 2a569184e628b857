// The environment baked into a Next.js build (NEXT_PUBLIC_* are inlined by `next build`), one build per
// Clerk instance type, each in its own dist folder. Nothing here is secret. Run-time names: start-env.ts.
import { emulatorPublishableKey, type InstanceKind } from '../shared/instance.ts';
import { AFTER_SIGN_IN_PATH, CLERK_PROXY_PATH, SIGN_IN_PATH, SIGN_UP_PATH } from '../shared/routes.ts';

/** Each instance type's build folder, relative to the app; next.config.ts reads it from CGL_NEXT_DIST_DIR. */
export const DIST_DIRS: Readonly<Record<InstanceKind, string>> = {
  production: '.next',
  development: '.next-development',
};

/**
 * The emulator's fixed key for the instance type: a dev-suffix host for development (so clerk-js and
 * @clerk/backend take the dev-browser paths), a plain dotted host for production. Behind the same-origin
 * proxy neither host is ever resolved.
 */
export function bakedPublishableKey(instance: InstanceKind): string {
  return emulatorPublishableKey(instance);
}

export function buildTimeEnv(instance: InstanceKind): Readonly<Record<string, string>> {
  return {
    NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: bakedPublishableKey(instance),
    // Relative on purpose: an absolute http:// proxy URL is rewritten to https:// by Clerk.
    NEXT_PUBLIC_CLERK_PROXY_URL: CLERK_PROXY_PATH,
    // Without these, protected pages redirect to the hosted Account Portal instead of our pages.
    NEXT_PUBLIC_CLERK_SIGN_IN_URL: SIGN_IN_PATH,
    NEXT_PUBLIC_CLERK_SIGN_UP_URL: SIGN_UP_PATH,
    NEXT_PUBLIC_CLERK_SIGN_IN_FALLBACK_REDIRECT_URL: AFTER_SIGN_IN_PATH,
    NEXT_PUBLIC_CLERK_TELEMETRY_DISABLED: '1',
  };
}
