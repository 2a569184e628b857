// The Hono reference app: a small "projects" app written the way a Hono team would, not in the other two apps'
// mould. @clerk/backend only (authenticateRequest in our own middleware, clerkFrontendApiProxy for /__clerk),
// /login and /app, a JSON API under /api with WWW-Authenticate on 401, Clerk's webhooks at /hooks/clerk.
// Shared with the other apps: the Clerk-compatible security headers and the Svix-verifying webhook receiver.
import { clerkFrontendApiProxy } from '@clerk/backend/proxy';
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { faultOn } from '../faults.ts';
import { slowApiFault } from '../shared/api-replies.ts';
import { publicApiDeniedByFault, signInRedirectFault } from '../shared/auth-faults.ts';
import { failOnPurpose, stackTraceReply } from '../shared/error-route.ts';
import { pathHostProxyFault } from '../shared/proxy-ssrf-fault.ts';
import { applySecurityHeaders, DOTENV_LOOKALIKE, securityHeaders } from '../shared/security-headers.ts';
import { handleClerkWebhook, webhookProbeUser } from '../shared/webhook-receiver.ts';
import { clerkAuth, requireApi, requirePage, type AuthEnv, type ClerkSettings } from './auth.ts';
import { apiUserFaults, appSession, pageCacheFront, reflectingCors, withFault, withoutFault } from './faults.ts';
import * as pages from './pages.ts';
import { createProject, projectsOf, validName } from './projects.ts';
import { publicPageCacheControl } from '../shared/public-page-cache.ts';
import * as routes from './routes.ts';

// HTML depends on the session: never stored by a shared cache.
const PAGE_CACHE = 'private, no-cache, no-store, max-age=0, must-revalidate';
// Fault dashboard-cache-public: what /app is sent with instead.
const SHARED_CACHE = 'public, max-age=300, s-maxage=300';
const PRIVATE = 'private, no-store';
const NO_STORE = 'no-store';

const WEBHOOK_MAX_BYTES = 1024 * 1024;

/** The whole body (null when there is none), or 'too large' past `limit` bytes; always reads to the end. */
async function readUpTo(request: Request, limit: number): Promise<Uint8Array<ArrayBuffer> | null | 'too large'> {
  if (!request.body) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of request.body) {
    size += chunk.byteLength;
    if (size <= limit) chunks.push(chunk);
  }
  return size > limit ? 'too large' : new Uint8Array(Buffer.concat(chunks));
}

const isApi = (path: string): boolean => path === '/api' || path.startsWith('/api/');

export function createApp(settings: ClerkSettings): Hono<AuthEnv> {
  const app = new Hono<AuthEnv>();
  const html = (title: string, content: string) => pages.page(title, content, settings);

  // Every response, proxied Frontend API responses included, gets the security headers (the shared policy, with
  // its header fault switches; the app implements those that list it in targets/faults/headers.ts).
  app.use(async (c, next) => {
    await next();
    applySecurityHeaders(c.res.headers, securityHeaders('hono'));
  });

  // Before auth: Clerk's Frontend API, same-origin (its responses are copied so their headers can be added to).
  // Fault fapi-proxy-missing: a deploy without the proxy, where /__clerk is an unknown path. Fault
  // fapi-proxy-follows-path-host: /__clerk//other.host/… is sent to other.host (targets/shared/proxy-ssrf-fault.ts).
  app.all(`${routes.CLERK_PROXY_PATH}/*`, async (c) => {
    if (faultOn('fapi-proxy-missing')) return c.notFound();
    const followed = await pathHostProxyFault(c.req.raw, routes.CLERK_PROXY_PATH, settings);
    if (followed) return followed;
    const response = await clerkFrontendApiProxy(c.req.raw, { proxyPath: routes.CLERK_PROXY_PATH, ...settings });
    return new Response(response.body, response);
  });
  // Static files need no session: served ahead of clerkAuth (Hono runs handlers in the order they are added).
  // Fault static-assets-through-middleware: served after it, so every asset request runs an auth check.
  const script = (c: Context) =>
    c.body(pages.SCRIPT_SOURCE, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
    });
  app.get(pages.SCRIPT_URL, withoutFault('static-assets-through-middleware', script));
  // Fault public-api-requires-session: the health route answers 401 (it runs before auth: nobody is signed in).
  app.get(routes.HEALTH_PATH, (c) =>
    publicApiDeniedByFault(null)
      ? c.json({ error: 'unauthenticated' }, 401, { 'WWW-Authenticate': 'Bearer', 'Cache-Control': NO_STORE })
      : c.json({ ok: true }, 200, { 'Cache-Control': NO_STORE }),
  );
  // Fault dotenv-served: the project directory served as static files, .env included.
  app.on(
    'GET',
    ['/.env', '/.env.local'],
    withFault('dotenv-served', (c) => c.text(DOTENV_LOOKALIKE)),
  );

  app.use(clerkAuth(settings));
  app.get(pages.SCRIPT_URL, script);

  // Fault home-page-protected: the landing page behind requirePage.
  app.get(routes.HOME_PATH, withFault('home-page-protected', requirePage), (c) =>
    // The same for every visitor (nothing per user on it): cacheable (targets/shared/public-page-cache.ts).
    c.html(html('Home', pages.home), 200, { 'Cache-Control': publicPageCacheControl(c.req.path) ?? PAGE_CACHE }),
  );
  app.get(routes.LOGIN_PATH, (c) => {
    // Fault sign-in-open-redirect: "already logged in? go back", to wherever redirect_url says.
    const open = signInRedirectFault(c.var.userId !== null, c.req.query('redirect_url'));
    if (open) return c.redirect(open, 302);
    const content = faultOn('sign-in-broken') ? pages.loginBroken : pages.login();
    return c.html(html('Log in', content), 200, { 'Cache-Control': PAGE_CACHE });
  });
  // Faults page-cache-ignores-session and sign-out-keeps-app-session (faults.ts) sit in front of the guard;
  // dashboard-unprotected takes the guard out.
  app.get(routes.APP_PATH, pageCacheFront, appSession, withoutFault('dashboard-unprotected', requirePage), (c) => {
    const userId = c.var.userId;
    // Fault dashboard-fails-signed-in: the signed-in user's data load fails.
    const content = userId && faultOn('dashboard-fails-signed-in') ? pages.appLoadFailed : pages.appHome(userId ?? '');
    const cacheControl = faultOn('dashboard-cache-public') ? SHARED_CACHE : PAGE_CACHE;
    return c.html(html('Your projects', content), 200, { 'Cache-Control': cacheControl });
  });

  // Public like Sentry's example route: it proves errors are handled (onError below), signed in or not.
  // Fault error-route-stack-trace: the route catches its own error and answers with the stack.
  app.get(routes.CRASH_PATH, (c) => {
    try {
      failOnPurpose();
    } catch (error) {
      const shown = stackTraceReply(error);
      if (shown) return c.body(shown.body, 500, shown.headers);
      throw error;
    }
  });

  // Everything else under /api needs a session, unknown routes included (they answer 401, then 404).
  const api = new Hono<AuthEnv>();
  const listProjects = async (c: Context<AuthEnv>) => {
    await slowApiFault(c.var.userId);
    return c.json({ projects: projectsOf(c.var.userId) }, 200, { 'Cache-Control': PRIVATE });
  };
  // Validates the body before it saves, signed in or not (the session was checked before, unless a fault is on).
  const addProject = async (c: Context<AuthEnv>) => {
    const name = validName(await c.req.json().catch(() => null));
    if (!name)
      return c.json({ error: 'invalid body: { "name": "…" } (1-100 characters) is required' }, 400, {
        'Cache-Control': PRIVATE,
      });
    return c.json({ project: createProject(c.var.userId, name) }, 201, { 'Cache-Control': PRIVATE });
  };
  api.use(reflectingCors, apiUserFaults, appSession);
  // Faults api-me-unprotected and notes-post-unprotected: the route is added ahead of api.use(requireApi).
  api.get('/projects', withFault('api-me-unprotected', listProjects));
  api.post('/projects', withFault('notes-post-unprotected', addProject));
  api.use(requireApi);
  api.get('/projects', listProjects);
  api.post('/projects', addProject);
  app.route('/api', api);

  // The shared receiver verifies the Svix signature over the raw bytes. Bodies past 1 MB are refused with 413, but
  // only once read to the end: answering before the sender finished writing breaks the connection under a proxy.
  // Fault webhook-route-protected: the route behind requireApi, so Clerk's deliveries get 401.
  app.all(routes.WEBHOOK_PATH, withFault('webhook-route-protected', requireApi), async (c) => {
    const body = await readUpTo(c.req.raw, WEBHOOK_MAX_BYTES);
    if (body === 'too large') throw new HTTPException(413, { res: c.json({ error: 'payload too large' }, 413) });
    const { method, headers, url } = c.req.raw;
    return handleClerkWebhook(new Request(url, { method, headers, ...(body && { body }) }));
  });
  app.get(routes.WEBHOOK_PROBE_PATH, (c) => webhookProbeUser(c.req.param('id')));

  app.notFound((c) => {
    if (isApi(c.req.path)) return c.json({ error: 'not found' }, 404, { 'Cache-Control': NO_STORE });
    // Fault unknown-route-soft-404: the catch-all answers every unknown page (no file extension) with 200.
    if (faultOn('unknown-route-soft-404') && !c.req.path.includes('.'))
      return c.html(html('Welcome', pages.softNotFound), 200, { 'Cache-Control': NO_STORE });
    return c.html(html('Not found', pages.notFound), 404, { 'Cache-Control': PAGE_CACHE });
  });
  // Client errors (an HTTPException: the webhook's 413) keep their response. Anything else is logged; the response
  // says nothing about it. Fault webhook-large-body-crash: a catch-all that answers 500 for every error, 413
  // included. Fault stack-trace-in-error: the development error page, stack and all, left on in production.
  app.onError((error, c) => {
    if (error instanceof HTTPException && !faultOn('webhook-large-body-crash')) return error.getResponse();
    console.error('hono: request failed:', c.req.method, c.req.path, error.message);
    if (faultOn('stack-trace-in-error'))
      return c.text(`Internal Server Error\n\n${error.stack ?? error.message}\n`, 500, { 'Cache-Control': NO_STORE });
    return isApi(c.req.path)
      ? c.json({ error: 'internal server error' }, 500, { 'Cache-Control': NO_STORE })
      : c.html(html('Error', pages.serverError), 500, { 'Cache-Control': PAGE_CACHE });
  });
  return app;
}
