// The sign-in page's notice for a Clerk outage, shared by the three apps: when clerk-js or Clerk's Frontend API
// fails (an error, or no answer at all), visitors read that sign-in is unavailable instead of an empty area.
// Fault sign-in-blank-when-clerk-down leaves it out. Must stay free of Node APIs (Next.js renders it too).
import { faultOn } from '../faults.ts';

export const CLERK_DOWN_NOTICE = 'Sign-in is temporarily unavailable. Please try again in a few minutes.';
/** How long Clerk may take to load before the notice shows (a healthy load takes well under a second). */
export const CLERK_DOWN_AFTER_MS = 4_000;

/** False while fault sign-in-blank-when-clerk-down is on. */
export const clerkDownNoticeOn = (): boolean => !faultOn('sign-in-blank-when-clerk-down');

/**
 * The notice for the Express and Hono pages, hidden, and the inline timer that shows it while Clerk is not
 * loaded. Inline, not deferred: a deferred clerk-js that never answers holds back every deferred script after
 * it (the pages' own scripts show it at once when clerk-js failed, and hide it once Clerk has loaded).
 */
export function clerkDownNoticeHtml(): string {
  if (!clerkDownNoticeOn()) return '';
  return `<p role="status" data-clerk-down-notice hidden>${CLERK_DOWN_NOTICE}</p>
<script>setTimeout(function () {
  if (window.Clerk && window.Clerk.loaded) return;
  document.querySelectorAll('[data-clerk-down-notice]').forEach(function (notice) { notice.hidden = false; });
}, ${CLERK_DOWN_AFTER_MS});</script>`;
}
