// A protected page, opened signed out in a fresh context, must end on the sign-in page (directly or after
// Clerk's handshake hops) and carry the way back in redirect_url. Judged on the final response after redirects.
import { isSignIn } from './clerk-signals.ts';
import { describeResponse, pathOf, type ResponseEvidence } from './evidence.ts';
import type { Verdict } from './verdict.ts';
import { fixFor } from './framework.ts';

/** Where redirect_url (or Clerk's older redirect params) points, resolved against the sign-in URL. */
function wayBack(url: URL): URL | null {
  const raw =
    url.searchParams.get('redirect_url') ??
    url.searchParams.get('after_sign_in_url') ??
    url.searchParams.get('sign_in_force_redirect_url');
  if (!raw) return null;
  try {
    return new URL(raw, url);
  } catch {
    return null;
  }
}

/** An Express guard that sends signed-out visitors to sign-in with the way back (requireAuth() drops it). */
const expressGuard = (signIn: string) =>
  `(req, res, next) => (getAuth(req).userId ? next() : res.redirect(\`${signIn}?redirect_url=\${encodeURIComponent(req.originalUrl)}\`))`;

export function judgeProtectedPageSignedOut(
  final: ResponseEvidence,
  page: { path: string; url: string },
  context: { paths: { signIn: string } },
): Verdict {
  const base = {
    id: 'auth.protected-page.signed-out-denied',
    title: `GET ${page.path} signed out -> redirected to sign-in with the way back`,
    url: page.url,
    expected: `to end on ${context.paths.signIn} with redirect_url pointing back to ${page.path}`,
    actual: `ended on ${pathOf(final.url)}: ${describeResponse(final)}`,
  } as const;
  const finalURL = new URL(final.url);
  if (!isSignIn(finalURL, context.paths.signIn, page.url)) {
    if (finalURL.pathname === new URL(page.url).pathname && final.status < 400) {
      return {
        ...base,
        pass: false,
        fix: fixFor({
          nextjs: `SECURITY: ${page.path} renders for a signed-out visitor. Protect it in middleware.ts / proxy.ts (createRouteMatcher + \`await auth.protect()\`) or in the page (\`const { userId, redirectToSignIn } = await auth(); if (!userId) return redirectToSignIn()\`).`,
          express: `SECURITY: ${page.path} renders for a signed-out visitor. With @clerk/express, guard the route after app.use(clerkMiddleware()): app.get('${page.path}', ${expressGuard(context.paths.signIn)}, …) (requireAuth() is deprecated and drops redirect_url).`,
          generic: `SECURITY: ${page.path} renders for a signed-out visitor. Before rendering, check the session with @clerk/backend's authenticateRequest() and redirect signed-out visitors to ${context.paths.signIn}?redirect_url=<the page>.`,
          any: `SECURITY: ${page.path} renders for a signed-out visitor. Protect it: Next.js in middleware.ts / proxy.ts (createRouteMatcher + \`await auth.protect()\`) or in the page (\`const { userId, redirectToSignIn } = await auth(); if (!userId) return redirectToSignIn()\`); Express: a guard on the route after app.use(clerkMiddleware()) that redirects to sign-in when getAuth(req).userId is null.`,
        }),
      };
    }
    return {
      ...base,
      pass: false,
      fix: `Signed-out visitors do not reach the sign-in page. If ${finalURL.pathname} is the sign-in page, set CGL_SIGN_IN_PATH; otherwise send them there ${fixFor(
        {
          nextjs: 'with auth.protect() / redirectToSignIn()',
          express: `when getAuth(req).userId is null: ${expressGuard(context.paths.signIn)}`,
          generic: `with a redirect to ${context.paths.signIn}?redirect_url=<the page> when @clerk/backend's authenticateRequest() says signed out`,
          any: 'with auth.protect() / redirectToSignIn()',
        },
      )}.`,
    };
  }
  const back = wayBack(finalURL);
  if (!back || back.pathname !== new URL(page.url).pathname) {
    return {
      ...base,
      pass: false,
      fix: `The sign-in redirect loses the way back (redirect_url ${back ? `points to ${back.pathname}` : 'is missing'}): after signing in the user lands elsewhere. ${fixFor(
        {
          nextjs: 'Use auth.protect() or redirectToSignIn({ returnBackUrl: req.url }), which set redirect_url.',
          express: `Redirect with the way back: ${expressGuard(context.paths.signIn)} (requireAuth() drops it).`,
          generic: `Redirect to ${context.paths.signIn}?redirect_url=<the page's URL, encoded>.`,
          any: 'Use auth.protect() or redirectToSignIn({ returnBackUrl: req.url }), which set redirect_url.',
        },
      )}`,
    };
  }
  if (final.status >= 400)
    return {
      ...base,
      pass: false,
      fix: `The sign-in page itself answers ${final.status}: fix ${context.paths.signIn}.`,
    };
  return { ...base, pass: true, fix: '' };
}
