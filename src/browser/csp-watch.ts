// Browser helpers for the CSP checks: record every violation in a context, wait for Clerk to load.
import type { BrowserContext, Page } from '@playwright/test';
import type { CspViolation } from '../checks/index.ts';

/** Records every violation in the context: DOM events (all frames, across navigations) and console reports. */
export async function watchViolations(context: BrowserContext, violations: CspViolation[]): Promise<void> {
  await context.exposeBinding(
    '__cglCspViolation',
    ({ page }, v: { directive: string; blocked: string; reportOnly: boolean }) => {
      violations.push({ ...v, page: new URL(page.url()).pathname });
    },
  );
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cglCspViolation: (v: object) => void }).__cglCspViolation;
      report({
        directive: event.effectiveDirective,
        blocked: event.blockedURI || 'inline',
        reportOnly: event.disposition === 'report',
      });
    });
  });
  context.on('console', (message) => {
    const text = message.text();
    // Only console reports without a DOM event (workers): the others are already recorded above.
    if (/Content Security Policy/.test(text) && message.location().url.startsWith('blob:')) {
      violations.push({ directive: 'console', blocked: text, page: message.location().url });
    }
  });
}

/** Waits (up to 15 s, across the page's own navigations) for clerk-js to report loaded; never throws. */
export async function clerkLoaded(page: Page): Promise<boolean> {
  return page
    .waitForFunction(() => (window as unknown as { Clerk?: { loaded?: boolean } }).Clerk?.loaded === true, undefined, {
      timeout: 15_000,
    })
    .then(
      () => true,
      () => false,
    );
}
