// Next.js config of the reference app. Headers here are fixed at build time. The one header a fault
// can switch off (X-Content-Type-Options) is set per request by middleware.ts on every response it
// handles, and here only for the static files the middleware never sees.
// Self-contained on purpose: Next compiles this file to CommonJS and resolves its relative imports
// from the working directory, not from this folder.
import type { NextConfig } from 'next';

// Clerk-compatible CSP. FAPI and the clerk-js / @clerk/ui bundles come through the same-origin
// proxy (/__clerk), so 'self' covers them. Next's inline RSC payload scripts need 'unsafe-inline'
// (a nonce would force every page to render dynamically); Clerk's components inject <style> tags;
// clerk-js may run its session poller in a blob: worker; avatars come from img.clerk.com; bot
// protection (Cloudflare Turnstile) loads a script and an iframe from challenges.cloudflare.com.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' https://challenges.cloudflare.com",
  "connect-src 'self'",
  "img-src 'self' data: https://img.clerk.com",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "frame-src 'self' https://challenges.cloudflare.com",
  "form-action 'self'",
  "base-uri 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
];

// The paths the middleware matcher skips (Next internals and static files): keep the extension list
// in step with the matcher in middleware.ts.
const STATIC_FILE_SOURCES = [
  '/_next/:path*',
  '/:file(.*\\.(?:html?|css|js|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest))',
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  async headers() {
    return [
      { source: '/:path*', headers: SECURITY_HEADERS },
      ...STATIC_FILE_SOURCES.map((source) => ({
        source,
        headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }],
      })),
    ];
  },
};

export default nextConfig;
