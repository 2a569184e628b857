// The Express reference app: the same routes and behaviour as targets/nextjs, on @clerk/express.
// clerkMiddleware authenticates every request and serves Clerk's Frontend API proxy under /__clerk;
// protect() below plays the part of the Next.js app's auth.protect(): everything is protected except the
// shared public route table. Faults come from targets/shared, so both apps switch the same defects.
import { clerkClient, clerkMiddleware, getAuth } from '@clerk/express';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import { faultOn } from '../faults.ts';
import { publicPageCacheControl } from '../shared/public-page-cache.ts';
import {
  apiMeReply,
  slowApiFault,
  createNoteReply,
  healthReply,
  itemReply,
  notFoundReply,
  serverErrorReply,
  unauthenticatedReply,
} from '../shared/api-replies.ts';
import { CLERK_PROXY_PATH, requiresSignIn, SIGN_IN_PATH } from '../shared/routes.ts';
import * as authFaults from '../shared/auth-faults.ts';
import { appSessionFault } from '../shared/app-session-fault.ts';
import * as pageCache from '../shared/page-cache-fault.ts';
import { faultResponse, securityHeaders } from '../shared/security-headers.ts';
import { handleClerkWebhook, webhookProbeUser } from '../shared/webhook-receiver.ts';
import { ERROR_ROUTE, failOnPurpose, stackTraceReply } from '../shared/error-route.ts';
import { pathHostProxyFault } from '../shared/proxy-ssrf-fault.ts';
import { serveAssets } from './assets.ts';
import * as pages from './pages.ts';
import { sendReply, sendWebResponse, toWebRequest } from './web-fetch.ts';
import { pastClerk429 } from '../shared/past-clerk-429.ts';

// HTML that depends on the session (the dashboard): never stored by a shared cache. The home page is the same
// for everyone (clerk-page.js draws the navigation) and is sent cacheable (targets/shared/public-page-cache.ts).
const PAGE_CACHE_CONTROL = 'private, no-cache, no-store, max-age=0, must-revalidate';

const isApi = (req: Request): boolean => req.path === '/api' || req.path.startsWith('/api/');

/** The signed-in user's id, or null; null too when clerkMiddleware never ran (errors raised before it). */
function userIdOf(req: Request): string | null {
  return 'auth' in req ? (getAuth(req).userId ?? null) : null;
}

export function createApp({ publishableKey }: { publishableKey: string }): express.Express {
  const app = express();
  app.disable('x-powered-by');
  // The embedded suite may put a local TLS front before the app: trust its X-Forwarded-* (loopback only).
  app.set('trust proxy', 'loopback');

  const render = (req: Request, res: Response, content: string, status = 200): void => {
    const html = pages.layout(content, { publishableKey });
    if (status === 200 && typeof res.locals.pageCacheKey === 'string')
      pageCache.storePage(res.locals.pageCacheKey, html, 'text/html; charset=utf-8');
    res
      .status(status)
      .set(
        'Cache-Control',
        authFaults.pageCacheControlFault(req.path) ??
          (status === 200 ? publicPageCacheControl(req.path) : null) ??
          PAGE_CACHE_CONTROL,
      )
      .type('html')
      .send(html);
  };

  // First, for every response (proxied FAPI responses included): the shared security headers and the
  // faults that replace a whole response.
  app.use((req, res, next) => {
    const faulty = faultResponse(req.path);
    if (faulty) return void res.status(faulty.status).set(faulty.headers).send(faulty.body);
    for (const { key, value } of securityHeaders('express')) res.setHeader(key, value);
    next();
  });
  // Static assets answer before clerkMiddleware: they need no session. Fault static-assets-through-middleware
  // mounts them after it instead, so every bundle request runs an auth check (and carries x-clerk-auth-*).
  const assets = express.Router();
  serveAssets(assets);
  const assetsThroughClerk = (): boolean => faultOn('static-assets-through-middleware');
  app.use((req, res, next) => (assetsThroughClerk() ? next() : assets(req, res, next)));
  // Fault fapi-proxy-follows-path-host: /__clerk//other.host/… goes to other.host (targets/shared/proxy-ssrf-fault.ts).
  app.use(async (req, res, next) => {
    if (!faultOn('fapi-proxy-follows-path-host')) return next();
    const keys = { publishableKey, secretKey: process.env.CLERK_SECRET_KEY ?? '' };
    const followed = await pathHostProxyFault(toWebRequest(req), CLERK_PROXY_PATH, keys);
    if (followed) await sendWebResponse(res, followed);
    else next();
  });
  // authorizedParties: the app's own origins (fault authorized-parties-unset leaves it out).
  app.use(
    clerkMiddleware({
      publishableKey,
      frontendApiProxy: { enabled: true, path: CLERK_PROXY_PATH },
      authorizedParties: authFaults.authorizedParties(),
    }),
  );
  app.use((req, res, next) => (assetsThroughClerk() ? assets(req, res, next) : next()));

  // Every route below goes through guard: it denies signed-out requests to anything outside the shared
  // public route table (faults applied): pages go to sign-in (and back), API routes answer 401. Paths no
  // route serves fall through to the 404 handler, signed in or not.
  const guard: RequestHandler = (req, res, next) => {
    if (!requiresSignIn(req.path) || userIdOf(req) || res.locals.appSessionUserId) return next();
    if (isApi(req)) return sendReply(res, unauthenticatedReply());
    const back = `${req.protocol}://${req.get('host')}${req.originalUrl}`;
    res.redirect(307, `${SIGN_IN_PATH}?redirect_url=${encodeURIComponent(back)}`);
  };

  app.get('/', guard, (req, res) => render(req, res, pages.landingContent));
  app.get('/sign-in{/*step}', guard, (req, res) => {
    const open = authFaults.signInRedirectFault(
      userIdOf(req) !== null,
      typeof req.query.redirect_url === 'string' ? req.query.redirect_url : null,
    );
    if (open) return res.redirect(307, open);
    render(req, res, faultOn('sign-in-broken') ? pages.signInBrokenContent : pages.signInContent());
  });
  app.get('/sign-up{/*step}', guard, (req, res) =>
    render(req, res, faultOn('sign-up-broken') ? pages.signUpBrokenContent : pages.signUpContent),
  );
  // Fault sign-out-keeps-app-session (targets/shared/app-session-fault.ts): the app's own session cookie, set
  // for a signed-in user and used (res.locals.appSessionUserId) when Clerk says signed out.
  const appSession: RequestHandler = async (req, res, next) => {
    const clerkUserId = userIdOf(req);
    const session = await appSessionFault({
      pathname: req.path,
      clerkUserId,
      cookie: req.get('cookie'),
      https: req.secure,
    });
    if (session.setCookie) res.append('Set-Cookie', session.setCookie);
    res.locals.appSessionUserId = session.fallbackUserId;
    next();
  };
  const sessionUserId = (req: Request, res: Response): string | null =>
    userIdOf(req) ?? (res.locals.appSessionUserId as string | null) ?? null;

  // Fault page-cache-ignores-session (targets/shared/page-cache-fault.ts): a page cache in front of the route
  // answers visitors without cookies from its copy, and keeps a copy (render, above) of everyone else's page.
  const pageCacheFront: RequestHandler = (req, res, next) => {
    const header = (name: string) => req.get(name);
    if (!pageCache.pageCacheApplies(req.method, req.path, header)) return next();
    const hit = pageCache.isAnonymous(header) ? pageCache.cachedPage(req.originalUrl) : null;
    if (hit) return void res.status(200).type(hit.contentType).send(hit.body);
    if (!pageCache.isAnonymous(header)) res.locals.pageCacheKey = req.originalUrl;
    next();
  };

  app.get('/dashboard', pageCacheFront, appSession, guard, async (req, res) => {
    const userId = sessionUserId(req, res);
    const failure = authFaults.dashboardErrorForSignedIn(userId);
    if (failure) {
      render(req, res, pages.dashboardErrorContent(failure));
      return;
    }
    // Null only under the dashboard-unprotected fault (the route guard above lets it through).
    // Clerk's 429s waited out (Retry-After), never turned into a 500.
    const user = userId ? await pastClerk429(() => clerkClient.users.getUser(userId)) : null;
    render(req, res, pages.dashboardContent(userId ?? '', user?.primaryEmailAddress?.emailAddress ?? ''));
  });

  app.get('/api/me', appSession, guard, async (req, res) => {
    res.set(authFaults.corsFaultHeaders(req.get('origin')));
    const caller = authFaults.apiMeUserId(sessionUserId(req, res), {
      authorization: req.get('authorization'),
      cookie: req.get('cookie'),
    });
    await slowApiFault(caller);
    sendReply(res, apiMeReply(caller));
  });
  app.options(
    '/api/me',
    guard,
    (req, res) =>
      void res
        .status(204)
        .set('Cache-Control', 'no-store')
        .set(authFaults.corsFaultHeaders(req.get('origin')))
        .end(),
  );
  // The benchmark's many protected routes (bench/route-scaling.ts): /api/items/1..N, each the signed-in user's item.
  app.get('/api/items/:item', guard, (req, res) =>
    sendReply(res, itemReply(String(req.params.item), sessionUserId(req, res))),
  );
  app.get('/api/public/health', guard, (req, res) =>
    sendReply(res, authFaults.publicApiDeniedByFault(userIdOf(req)) ? unauthenticatedReply() : healthReply()),
  );
  // Handler-checked (targets/shared/routes.ts): the body is validated before the session, as in the Next.js app.
  // An empty body parses as {} (400 from createNoteReply); a body that is not JSON gets the error handler's 400.
  app.post('/api/orgs/:orgId/notes', guard, express.json({ type: () => true, limit: '16kb' }), (req, res) =>
    sendReply(res, createNoteReply(String(req.params.orgId), req.body, userIdOf(req))),
  );
  // The app's own error route (targets/shared/error-route.ts): the error goes to the error handler below.
  app.get(ERROR_ROUTE, guard, (_req, res, next) => {
    try {
      failOnPurpose();
    } catch (error) {
      const shown = stackTraceReply(error);
      if (shown) return void res.status(shown.status).set(shown.headers).send(shown.body);
      next(error);
    }
  });
  app.get('/api/public/webhook-probe/users/:id', guard, (req, res) =>
    sendWebResponse(res, webhookProbeUser(String(req.params.id))),
  );
  // Raw bytes: the Svix signature covers the body exactly as sent.
  app.all('/api/webhooks/clerk', guard, express.raw({ type: () => true, limit: '1mb' }), async (req, res) => {
    await sendWebResponse(res, await handleClerkWebhook(toWebRequest(req)));
  });

  app.use((req, res) => (isApi(req) ? sendReply(res, notFoundReply()) : render(req, res, pages.notFoundContent, 404)));
  // Four arguments make this Express's error handler. Logs the error; the response says nothing about it.
  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    // Client errors raised by body parsing (413, 400 on bad JSON) keep their status and are not logged.
    const status = (error as { status?: unknown }).status;
    // Fault webhook-large-body-crash: a catch-all that answers 500 for every error, the parser's 413 included.
    const clientError =
      typeof status === 'number' && status >= 400 && status < 500 && !faultOn('webhook-large-body-crash');
    if (!clientError)
      console.error('express: request failed:', req.method, req.path, error instanceof Error ? error.message : error);
    if (res.headersSent) return void res.end();
    if (clientError) return void res.status(status).set('Cache-Control', 'no-store').json({ error: 'bad request' });
    if (isApi(req)) return sendReply(res, serverErrorReply());
    render(req, res, pages.errorContent, 500);
  });
  return app;
}
