// Clerk's production-checklist middleware: everything is protected except the listed public
// routes, and Clerk's Frontend API is proxied same-origin under /__clerk (the upstream comes from
// CLERK_FAPI_URL at run time). Wrapped once to add the security header that a fault can switch off.
import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { faultOn } from '../faults.ts';

// Set here rather than in next.config.ts so the nosniff-missing fault can drop it at run time.
const NOSNIFF = ['X-Content-Type-Options', 'nosniff'] as const;

const isPublicRoute = createRouteMatcher([
  '/',
  '/sign-in(.*)',
  '/sign-up(.*)',
  '/api/webhooks(.*)',
  '/api/public(.*)',
]);

// Fault api-me-unprotected: the kind of slip where a route ends up in the public list.
const isApiMe = createRouteMatcher(['/api/me']);

const clerk = clerkMiddleware(
  async (auth, req) => {
    if (isPublicRoute(req)) return;
    if (faultOn('api-me-unprotected') && isApiMe(req)) return;
    await auth.protect();
  },
  { frontendApiProxy: { enabled: true } },
);

export default async function middleware(req: NextRequest, event: NextFetchEvent): Promise<Response> {
  const response = (await clerk(req, event)) ?? NextResponse.next();
  if (faultOn('nosniff-missing')) return response;
  try {
    response.headers.set(...NOSNIFF);
    return response;
  } catch {
    // A proxied fetch Response has immutable headers: copy it into one we may change.
    const copy = new Response(response.body, response);
    copy.headers.set(...NOSNIFF);
    return copy;
  }
}

export const config = {
  matcher: [
    // Skip Next.js internals and static files, unless found in search params. Keep the extension
    // list in step with STATIC_FILE_SOURCES in next.config.ts (Next needs a literal here).
    '/((?!_next|[^?]*\\.(?:html?|css|js(?!on)|jpe?g|webp|png|gif|svg|ttf|woff2?|ico|csv|docx?|xlsx?|zip|webmanifest)).*)',
    // Always run for API routes
    '/(api|trpc)(.*)',
    // Clerk's Frontend API proxy: clerk-js and @clerk/ui scripts end in .js, which the first
    // pattern skips, so they would never reach the proxy without this line.
    '/__clerk/(.*)',
  ],
};
