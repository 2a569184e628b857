// Fault secret-key-in-page: the classic leak of a server secret into the browser. Both apps inline a
// "client config" object in every page, built from the server's env at request time, and the fault puts
// the configured CLERK_SECRET_KEY into it (as an app does that spreads process.env into client config or
// renames the key NEXT_PUBLIC_*). Off, the apps render nothing: the pages are unchanged.
import { faultOn } from '../faults.ts';

/** The body of the inline <script> the pages render while the fault is on, else null. */
export function leakyClientConfigScript(): string | null {
  if (!faultOn('secret-key-in-page')) return null;
  const config = {
    clerkPublishableKey: process.env.CLERK_PUBLISHABLE_KEY ?? '',
    clerkSecretKey: process.env.CLERK_SECRET_KEY ?? '',
  };
  // Escaped for an inline script: no value can close the <script> element.
  return `window.__APP_CONFIG__ = ${JSON.stringify(config).replace(/</g, '\\u003c')};`;
}
