// Clerk's production-checklist middleware: everything is protected except the listed public
// routes, and Clerk's Frontend API is proxied same-origin under /__clerk (the upstream comes from
// CLERK_FAPI_URL at run time). Wrapped once to add the security headers that faults can switch.
import { clerkMiddleware, createRouteMatcher } from '@clerk/nextjs/server';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
import { HANDLER_CHECKED_ROUTES, PUBLIC_ROUTES, protectedByFault, unprotectedByFault } from '../shared/routes.ts';
import { applySecurityHeaders, faultResponse, securityHeaders } from '../shared/security-headers.ts';
import { authorizedParties, pageCacheControlFault } from '../shared/auth-faults.ts';
import { appSessionFault, requestIsHttps } from '../shared/app-session-fault.ts';
import { pageCacheResponse } from '../shared/page-cache-fault.ts';
import { publicPageCacheControl } from '../shared/public-page-cache.ts';

// The route table and its fault switches (api-me-unprotected, webhook-route-protected) are shared with
// the Express app: targets/shared/routes.ts. Handler-checked routes check the session in their handler.
const isPublicRoute = createRouteMatcher([...PUBLIC_ROUTES, ...HANDLER_CHECKED_ROUTES]);

const clerk = clerkMiddleware(
  async (auth, req) => {
    const { pathname } = req.nextUrl;
    if (isPublicRoute(req) && !protectedByFault(pathname)) return;
    if (unprotectedByFault(pathname)) return;
    // Fault sign-out-keeps-app-session (targets/shared/app-session-fault.ts): the app's own session cookie.
    const appSession = await appSessionFault({
      pathname,
      clerkUserId: (await auth()).userId,
      cookie: req.headers.get('cookie'),
      https: requestIsHttps(req.url, req.headers.get('x-forwarded-proto')),
    });
    if (appSession.setCookie) {
      const next = NextResponse.next();
      next.headers.append('Set-Cookie', appSession.setCookie);
      return next;
    }
    if (appSession.fallbackUserId) return;
    await auth.protect();
  },
  // Per request, so fault switches apply at run time: authorizedParties are the app's own origins (fault
  // authorized-parties-unset leaves them out).
  () => ({ frontendApiProxy: { enabled: true }, authorizedParties: authorizedParties() }),
);

export default async function middleware(req: NextRequest, event: NextFetchEvent): Promise<Response> {
  // Security headers are set here, per request, rather than in next.config.ts so header faults can
  // switch them at run time (targets/shared/security-headers.ts, shared with the Express app).
  const faulty = faultResponse(req.nextUrl.pathname);
  if (faulty) return new Response(faulty.body, { status: faulty.status, headers: faulty.headers });
  // Fault page-cache-ignores-session (targets/shared/page-cache-fault.ts): a page cache in front of the app.
  const response = (await pageCacheResponse(req)) ?? (await clerk(req, event)) ?? NextResponse.next();
  const headers = securityHeaders('nextjs');
  // Fault dashboard-cache-public (targets/shared/auth-faults.ts): a shared-cache permission on a protected page.
  const cacheFault = pageCacheControlFault(req.nextUrl.pathname);
  if (cacheFault) headers.push({ key: 'Cache-Control', value: cacheFault });
  // A public page the same for everyone (targets/shared/public-page-cache.ts): cacheable, its 200 only.
  const publicCache = response.status === 200 ? publicPageCacheControl(req.nextUrl.pathname) : null;
  if (publicCache) headers.push({ key: 'Cache-Control', value: publicCache });
  try {
    applySecurityHeaders(response.headers, headers);
    return response;
  } catch {
    // A proxied fetch Response has immutable headers: copy it into one we may change.
    const copy = new Response(response.body, response);
    applySecurityHeaders(copy.headers, headers);
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
