// Next.js config of the reference app. Pages, API routes and the /__clerk proxy get their security
// headers per request from middleware.ts (targets/shared/security-headers.ts), so faults can switch them
// at run time. Only the static files the middleware never sees get them here, fixed at build time.
// Self-contained on purpose: Next compiles this file to CommonJS and resolves its relative imports
// from the working directory, not from this folder. The copy below is kept equal to SECURITY_HEADERS in
// targets/shared/security-headers.ts by selftest/unit/security-headers-sync.spec.ts.
import type { NextConfig } from 'next';

// Clerk-compatible CSP: the reasons for each source are in targets/shared/security-headers.ts.
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

const STATIC_SECURITY_HEADERS = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Content-Security-Policy', value: CONTENT_SECURITY_POLICY },
  { key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=()' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
];

// The paths the middleware matcher skips (Next internals and static files): keep the extension list
// in step with the matcher in middleware.ts.
const STATIC_FILE_SOURCES = [
  '/_next/:path*',
  '/:file(.*\\.(?:html?|css|js|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest))',
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // One build per Clerk instance type (the publishable key is baked in): build.ts and start.ts pick it.
  distDir: process.env.CGL_NEXT_DIST_DIR || '.next',
  async headers() {
    return STATIC_FILE_SOURCES.map((source) => ({ source, headers: STATIC_SECURITY_HEADERS }));
  },
};

export default nextConfig;
