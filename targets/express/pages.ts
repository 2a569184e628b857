// The Express app's HTML pages: the same pages, texts and test ids as the Next.js app. Every page loads
// clerk-js and @clerk/ui through Clerk's Frontend API proxy (as <ClerkProvider> does), so the session is
// kept fresh in the browser on every page, not only on /sign-in.
import {
  AFTER_SIGN_IN_PATH,
  AFTER_SIGN_OUT_PATH,
  CLERK_PROXY_PATH,
  SIGN_IN_PATH,
  SIGN_UP_PATH,
} from '../shared/routes.ts';
import { allowedRedirectOriginsFault } from '../shared/auth-faults.ts';
import { leakyClientConfigScript } from '../shared/client-config-fault.ts';
import { clerkDownNoticeHtml } from '../shared/clerk-down-notice.ts';
import { CLERK_PAGE_SCRIPT_URL } from './assets.ts';

// Major versions only: the emulator (and Clerk's CDN) resolve them, and clerk-js rewrites its chunk URLs
// to the exact release it is.
const CLERK_JS_URL = `${CLERK_PROXY_PATH}/npm/@clerk/clerk-js@6/dist/clerk.browser.js`;
const CLERK_UI_URL = `${CLERK_PROXY_PATH}/npm/@clerk/ui@1/dist/ui.browser.js`;

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

export interface PageOptions {
  publishableKey: string;
}

/** A whole HTML document around `content`. */
export function layout(content: string, { publishableKey }: PageOptions): string {
  const redirectOrigins = allowedRedirectOriginsFault();
  const settings = {
    'sign-in-url': SIGN_IN_PATH,
    'sign-up-url': SIGN_UP_PATH,
    'after-sign-in-url': AFTER_SIGN_IN_PATH,
    'after-sign-out-url': AFTER_SIGN_OUT_PATH,
    // Fault allowed-redirect-origins-any (unset: Clerk's default).
    ...(redirectOrigins && { 'allowed-redirect-origins': redirectOrigins.join(' ') }),
  };
  const dataAttributes = Object.entries(settings)
    .map(([name, value]) => `data-${name}="${escapeHtml(value)}"`)
    .join(' ');
  // Fault secret-key-in-page: nothing unless it is on.
  const leakyConfig = leakyClientConfigScript();
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>clerk-go-live reference app</title>
<meta name="description" content="An Express app wired to Clerk, used to prove the go-live checks.">
<link rel="icon" href="data:,">
<script defer src="${CLERK_UI_URL}"></script>
<script defer src="${CLERK_JS_URL}" data-clerk-publishable-key="${escapeHtml(publishableKey)}" data-clerk-proxy-url="${CLERK_PROXY_PATH}"></script>
<script defer src="${CLERK_PAGE_SCRIPT_URL}"></script>
${leakyConfig ? `<script>${leakyConfig}</script>\n` : ''}</head>
<body ${dataAttributes}>
<header><nav><a href="/">Home</a> <span data-clerk-nav></span></nav></header>
<main>${content}</main>
</body>
</html>
`;
}

export const landingContent = `<section>
<h1 data-testid="landing-title">clerk-go-live reference app</h1>
<p>A small Clerk-authenticated app. <a href="/dashboard">Go to your dashboard</a>.</p>
</section>`;

/** The sign-in page: Clerk's <SignIn/>, and the notice shown when Clerk fails to load (targets/shared). */
export const signInContent = (): string => `<div data-clerk-mount="sign-in"></div>\n${clerkDownNoticeHtml()}`;
export const signUpContent = '<div data-clerk-mount="sign-up"></div>';
// Fault sign-up-broken: the page a bad deploy renders instead of Clerk's <SignUp/>.
export const signUpBrokenContent =
  '<p role="alert" data-testid="sign-up-error">Sign-up is unavailable right now. Please try again later.</p>';

// Fault sign-in-broken: the page a bad deploy renders instead of Clerk's <SignIn/>.
export const signInBrokenContent =
  '<p role="alert" data-testid="sign-in-error">Sign-in is unavailable right now. Please try again later.</p>';

export function dashboardContent(userId: string, email: string): string {
  return `<section>
<h1>Dashboard</h1>
<dl>
<dt>User id</dt>
<dd data-testid="user-id">${escapeHtml(userId)}</dd>
<dt>Email</dt>
<dd data-testid="user-email">${escapeHtml(email)}</dd>
</dl>
<button type="button" data-testid="sign-out" data-clerk-sign-out>Sign out</button>
</section>`;
}

// Fault dashboard-fails-signed-in (targets/shared/auth-faults.ts): the page shown instead of the user's details.
export function dashboardErrorContent(message: string): string {
  return `<section>
<h1>Dashboard</h1>
<p role="alert" data-testid="dashboard-error">${escapeHtml(message)}</p>
</section>`;
}

// Says what happened without echoing the path or any internals.
export const notFoundContent = `<section>
<h1 data-testid="not-found">Page not found</h1>
<p>There is nothing here. <a href="/">Back to the home page</a>.</p>
</section>`;

// A plain message, never the error's message or stack.
export const errorContent = `<section>
<h1 data-testid="error-page">Something went wrong</h1>
</section>`;
