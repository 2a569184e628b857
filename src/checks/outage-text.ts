// What a page shows, as the Clerk outage drill compares it: the visible text (innerText) in lines, the lines a
// page shows during the outage that the healthy page did not (a fallback), how much of a healthy page is still
// there, and which uncaught page errors are Clerk's own. Pure: the drill (src/browser/clerk-outage.ts) reads
// the pages.

/** Text a spinner or skeleton shows: not content, not a fallback. */
const LOADING = /^(loading|please wait|one moment|just a (moment|second)|signing (you )?in)\b[\s.…!]*$/i;

/** innerText split into trimmed, distinct, non-empty lines (at most 300: a page's text may be huge). */
export function textLines(innerText: string): string[] {
  const lines = innerText
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return [...new Set(lines)].slice(0, 300);
}

export const isLoadingText = (line: string): boolean => LOADING.test(line);

/**
 * Lines the page shows now that the healthy page did not (its chrome, headings, Clerk's own component), apart
 * from loading text and lines without a word in them: what a fallback message would be. A line that is part of
 * a healthy one is not new ("Home" of a healthy "Home Sign in Sign up" nav whose Clerk links are missing).
 */
export function newLines(now: readonly string[], healthy: readonly string[]): string[] {
  const before = healthy.join('\n').toLowerCase();
  return now.filter((line) => !before.includes(line.toLowerCase()) && !isLoadingText(line) && /\p{L}{3}/u.test(line));
}

/** The share (0..1) of the healthy page's lines the page still shows; 1 for a page that had no text. */
export function shareKept(now: readonly string[], healthy: readonly string[]): number {
  if (healthy.length === 0) return 1;
  const present = new Set(now.map((line) => line.toLowerCase()));
  return healthy.filter((line) => present.has(line.toLowerCase())).length / healthy.length;
}

/** An uncaught error in the page, as Playwright's `pageerror` gives it. */
export interface PageError {
  message: string;
  stack?: string;
}

/**
 * Clerk's own: thrown by clerk-js, @clerk/ui or Clerk's SDK loaders (their messages start "Clerk", e.g.
 * "ClerkJS: …", "@clerk/nextjs: …", ClerkRuntimeError "Failed to load Clerk JS"), or raised in a script served
 * from Clerk's bundles. Anything else came from the app.
 */
export function isClerkError(error: PageError): boolean {
  const text = `${error.message}\n${error.stack ?? ''}`;
  if (/^\s*(@clerk\/[\w-]+|clerk[\w-]*|ClerkRuntimeError)\b/i.test(error.message)) return true;
  if (/Failed to load Clerk|ClerkRuntimeError|failed_to_load_clerk/.test(text)) return true;
  return /@clerk\/(clerk-js|ui)@|clerk\.browser\.js|ui\.browser\.js/.test(error.stack ?? '');
}

/** The app's uncaught errors and Clerk's, apart (messages only, first line, capped by the judges). */
export function splitErrors(errors: readonly PageError[]): { app: string[]; clerk: string[] } {
  const first = (error: PageError) => error.message.split('\n')[0] ?? '';
  return {
    app: errors.filter((e) => !isClerkError(e)).map(first),
    clerk: errors.filter(isClerkError).map(first),
  };
}
