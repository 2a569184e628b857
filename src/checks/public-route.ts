// Public pages and API routes must answer a signed-out visitor (after Clerk's handshake hops on a development
// instance), without sending them to sign-in: a launch that locks out the landing page or the health probe.
import { DEFAULT_DENIED, isBare404, isSignIn } from './clerk-signals.ts';
import { describeResponse, isSuccess, pathOf, type ResponseEvidence } from './evidence.ts';
import type { Verdict } from './verdict.ts';
import { fixFor } from './framework.ts';

export function judgePublicSignedOut(
  final: ResponseEvidence,
  route: { path: string; url: string; kind: 'page' | 'api' },
  context: { paths: { signIn: string } },
): Verdict {
  const base = {
    id: route.kind === 'page' ? 'auth.public-page.signed-out' : 'api.public.signed-out-allowed',
    title: `GET ${route.path} signed out -> 2xx, not sent to sign-in`,
    url: route.url,
    expected: `a 2xx on ${route.path}`,
    actual: `ended on ${pathOf(final.url)}: ${describeResponse(final)}`,
  } as const;
  const finalURL = new URL(final.url);
  if (isSignIn(finalURL, context.paths.signIn, route.url) && finalURL.pathname !== route.path) {
    return {
      ...base,
      pass: false,
      fix: fixFor({
        nextjs: `${route.path} sends signed-out visitors to sign-in: add it to the public routes (createRouteMatcher([... '${route.path}' ...]) that clerkMiddleware() skips in middleware.ts / proxy.ts), or remove it from the profile's public list if it is meant to be protected.`,
        express: `${route.path} sends signed-out visitors to sign-in: mount it without requireAuth() (before any app.use(requireAuth())), or remove it from the profile's public list if it is meant to be protected.`,
        generic: `${route.path} sends signed-out visitors to sign-in: skip the session check for it, or remove it from the profile's public list if it is meant to be protected.`,
        any: `${route.path} sends signed-out visitors to sign-in: add it to the public routes (Next.js: createRouteMatcher([... '${route.path}' ...]) that clerkMiddleware() skips; Express: mount it without requireAuth()), or remove it from the profile's public list if it is meant to be protected.`,
      }),
    };
  }
  if (finalURL.pathname !== route.path && !isSuccess(final.status)) {
    return {
      ...base,
      pass: false,
      fix: `${route.path} redirected to ${finalURL.pathname}: list the path that serves visitors in the profile, or make it public.`,
    };
  }
  if (isSuccess(final.status)) return { ...base, pass: true, fix: '' };
  if (isBare404(final)) {
    return {
      ...base,
      pass: false,
      fix: `${route.path} does not exist on the target: fix the profile's public routes (CGL_PUBLIC_PAGES / CGL_PUBLIC_API).`,
    };
  }
  if (DEFAULT_DENIED.includes(final.status)) {
    return {
      ...base,
      pass: false,
      fix: `${route.path} denies signed-out requests: ${fixFor({
        nextjs: 'make it public in middleware.ts / proxy.ts (the createRouteMatcher list of public routes)',
        express: 'mount it without a session guard (before any app.use(requireAuth()) or getAuth check)',
        generic: "let it through the server's session check",
        any: 'make it public in the middleware (createRouteMatcher list of public routes)',
      })} and do not require a session in the handler.`,
    };
  }
  return {
    ...base,
    pass: false,
    fix:
      final.status >= 500
        ? `${route.path} crashes for a signed-out visitor: check the server logs.`
        : `Unexpected ${final.status}: a public route should answer 2xx.`,
  };
}
