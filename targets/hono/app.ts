// The Hono reference app: a small "projects" app written the way a Hono team would, not in the other two apps'
// mould. @clerk/backend only (authenticateRequest in our own middleware, clerkFrontendApiProxy for /__clerk),
// /login and /app, a JSON API under /api with WWW-Authenticate on 401, Clerk's webhooks at /hooks/clerk.
// Shared with the other apps: the Clerk-compatible security headers and the Svix-verifying webhook receiver.
import { clerkFrontendApiProxy } from '@clerk/backend/proxy';
import { Hono } from 'hono';
import { applySecurityHeaders, securityHeaders } from '../shared/security-headers.ts';
import { handleClerkWebhook, webhookProbeUser } from '../shared/webhook-receiver.ts';
import { clerkAuth, requireApi, requirePage, type AuthEnv, type ClerkSettings } from './auth.ts';
import * as pages from './pages.ts';
import { createProject, projectsOf, validName } from './projects.ts';
import * as routes from './routes.ts';

// HTML depends on the session: never stored by a shared cache.
const PAGE_CACHE = 'private, no-cache, no-store, max-age=0, must-revalidate';
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
  app.all(`${routes.CLERK_PROXY_PATH}/*`, async (c) => {
    const response = await clerkFrontendApiProxy(c.req.raw, { proxyPath: routes.CLERK_PROXY_PATH, ...settings });
    return new Response(response.body, response);
  });
  app.get(pages.SCRIPT_URL, (c) =>
    c.body(pages.SCRIPT_SOURCE, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=31536000, immutable',
    }),
  );
  app.get(routes.HEALTH_PATH, (c) => c.json({ ok: true }, 200, { 'Cache-Control': NO_STORE }));

  app.use(clerkAuth(settings));

  app.get(routes.HOME_PATH, (c) => c.html(html('Home', pages.home), 200, { 'Cache-Control': PAGE_CACHE }));
  app.get(routes.LOGIN_PATH, (c) => c.html(html('Log in', pages.login), 200, { 'Cache-Control': PAGE_CACHE }));
  app.get(routes.APP_PATH, requirePage, (c) =>
    c.html(html('Your projects', pages.appHome(c.var.userId!)), 200, { 'Cache-Control': PAGE_CACHE }),
  );

  // Public like Sentry's example route: it proves errors are handled (onError below), signed in or not.
  app.get(routes.CRASH_PATH, () => {
    throw new Error('crash: the debug route failed on purpose');
  });

  // Everything else under /api needs a session, unknown routes included (they answer 401, then 404).
  const api = new Hono<AuthEnv>();
  api.use(requireApi);
  api.get('/projects', (c) => c.json({ projects: projectsOf(c.var.userId!) }, 200, { 'Cache-Control': PRIVATE }));
  api.post('/projects', async (c) => {
    const name = validName(await c.req.json().catch(() => null));
    if (!name)
      return c.json({ error: 'invalid body: { "name": "…" } (1-100 characters) is required' }, 400, {
        'Cache-Control': PRIVATE,
      });
    return c.json({ project: createProject(c.var.userId!, name) }, 201, { 'Cache-Control': PRIVATE });
  });
  app.route('/api', api);

  // The shared receiver verifies the Svix signature over the raw bytes. Bodies past 1 MB are refused with 413, but
  // only once read to the end: answering before the sender finished writing breaks the connection under a proxy.
  app.all(routes.WEBHOOK_PATH, async (c) => {
    const body = await readUpTo(c.req.raw, WEBHOOK_MAX_BYTES);
    if (body === 'too large') return c.json({ error: 'payload too large' }, 413);
    const { method, headers, url } = c.req.raw;
    return handleClerkWebhook(new Request(url, { method, headers, ...(body && { body }) }));
  });
  app.get(routes.WEBHOOK_PROBE_PATH, (c) => webhookProbeUser(c.req.param('id')));

  app.notFound((c) =>
    isApi(c.req.path)
      ? c.json({ error: 'not found' }, 404, { 'Cache-Control': NO_STORE })
      : c.html(html('Not found', pages.notFound), 404, { 'Cache-Control': PAGE_CACHE }),
  );
  // Logs the error; the response says nothing about it.
  app.onError((error, c) => {
    console.error('hono: request failed:', c.req.method, c.req.path, error.message);
    return isApi(c.req.path)
      ? c.json({ error: 'internal server error' }, 500, { 'Cache-Control': NO_STORE })
      : c.html(html('Error', pages.serverError), 500, { 'Cache-Control': PAGE_CACHE });
  });
  return app;
}
