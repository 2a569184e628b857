// The Hono app's HTML, as template strings. Every page loads clerk-js and @clerk/ui through Clerk's Frontend
// API proxy, so the browser keeps the session fresh on every page, and the app's own script (served under a
// content-hashed name, cacheable for a year).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { allowedRedirectOriginsFault } from '../shared/auth-faults.ts';
import { leakyClientConfigScript } from '../shared/client-config-fault.ts';
import { clerkDownNoticeHtml } from '../shared/clerk-down-notice.ts';
import { APP_PATH, CLERK_PROXY_PATH, HOME_PATH, LOGIN_PATH } from './routes.ts';

const SCRIPT_FILE = fileURLToPath(new URL('./public/login.js', import.meta.url));
export const SCRIPT_SOURCE = readFileSync(SCRIPT_FILE, 'utf8');
export const SCRIPT_URL = `/static/login.${createHash('sha256').update(SCRIPT_SOURCE).digest('hex').slice(0, 12)}.js`;

// Major versions only: the Frontend API resolves them, and clerk-js rewrites its chunk URLs to its release.
const CLERK_JS_URL = `${CLERK_PROXY_PATH}/npm/@clerk/clerk-js@6/dist/clerk.browser.js`;
const CLERK_UI_URL = `${CLERK_PROXY_PATH}/npm/@clerk/ui@1/dist/ui.browser.js`;

const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function page(title: string, content: string, { publishableKey }: { publishableKey: string }): string {
  // Faults allowed-redirect-origins-any (Clerk's allowedRedirectOrigins, read by login.js) and secret-key-in-page.
  const redirectOrigins = allowedRedirectOriginsFault();
  const origins = redirectOrigins ? ` data-allowed-redirect-origins="${escapeHtml(redirectOrigins.join(' '))}"` : '';
  const leakyConfig = leakyClientConfigScript();
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Projects</title>
<link rel="icon" href="data:,">
<script defer src="${CLERK_UI_URL}"></script>
<script defer src="${CLERK_JS_URL}" data-clerk-publishable-key="${escapeHtml(publishableKey)}" data-clerk-proxy-url="${CLERK_PROXY_PATH}"></script>
<script defer src="${SCRIPT_URL}"></script>
${leakyConfig ? `<script>${leakyConfig}</script>\n` : ''}</head>
<body data-login-url="${LOGIN_PATH}" data-app-url="${APP_PATH}" data-home-url="${HOME_PATH}"${origins}>
<header><a href="${HOME_PATH}">Projects</a> <a href="${APP_PATH}">Your app</a> <span id="user-button"></span></header>
<main>${content}</main>
</body>
</html>
`;
}

export const home = '<h1>Projects</h1><p>Keep your projects in one place. <a href="/login">Log in</a>.</p>';
/** /login: Clerk's <SignIn/>, and the notice shown when Clerk fails to load (targets/shared). */
export const login = (): string => `<h1>Log in</h1><div id="sign-in"></div>\n${clerkDownNoticeHtml()}`;
export const notFound = '<h1>Not found</h1><p>There is nothing here. <a href="/">Home</a>.</p>';
// Fault sign-in-broken: what a bad deploy renders instead of the sign-in form.
export const loginBroken =
  '<h1>Log in</h1><p role="alert">Logging in is unavailable right now. Please try again later.</p>';
// Fault unknown-route-soft-404: the catch-all's page, sent with 200 for any path.
export const softNotFound = '<h1>Welcome</h1><p>Sorry, something went wrong. <a href="/">Go home</a>.</p>';
export const serverError = '<h1>Something went wrong</h1><p>Please try again later.</p>';

// Fault dashboard-fails-signed-in: the page shown instead of the user's projects.
export const appLoadFailed =
  '<h1>Your projects</h1><p role="alert">We could not load your projects right now. Please try again later.</p>';

export function appHome(userId: string): string {
  return `<h1>Your projects</h1>
<p>Signed in as <code data-testid="user-id">${escapeHtml(userId)}</code>.</p>
<button type="button" data-sign-out>Log out</button>`;
}
