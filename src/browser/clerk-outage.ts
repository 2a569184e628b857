// One browser context for the Clerk outage drill: a signed-out visitor whose requests to Clerk (see
// clerk-outage-routes.ts) pass while `mode` is 'up' and fail while it is '503' (answered 503) or 'hang' (held,
// never answered). Routing disables the HTTP cache, so a bundle loaded while Clerk was up is fetched (and failed)
// again. The page's uncaught errors and the requests the outage failed are counted per step (`reset()`).
import type { Browser, BrowserContext, Page, Route } from '@playwright/test';
import type { OutageMode, PageError } from '../checks/index.ts';
import { textLines } from '../checks/index.ts';
import { CLERK_SCRIPT_SELECTOR, fapiBaseOf, isClerkRequest, OUTAGE_503 } from './clerk-outage-routes.ts';

export interface Visit {
  status: number | null;
  finalUrl: string;
}

export class ClerkOutage {
  mode: 'up' | OutageMode = 'up';
  refused = 0;
  errors: PageError[] = [];
  private readonly held: Route[] = [];
  private readonly scripts: string[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly bases: string[],
  ) {}

  /** A fresh signed-out context; `bases`: the Frontend API bases to fail (more are learned as the app uses them). */
  static async open(browser: Browser, bases: readonly string[]): Promise<ClerkOutage> {
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const page = await context.newPage();
    const outage = new ClerkOutage(context, page, [...bases]);
    page.on('pageerror', (error) => outage.errors.push({ message: error.message, stack: error.stack }));
    page.on('request', (request) => {
      const base = fapiBaseOf(request.url());
      if (base && !outage.bases.includes(base)) outage.bases.push(base);
    });
    await context.route(
      (url) => isClerkRequest(url.href, outage.bases, outage.scripts),
      (route) => outage.answer(route),
    );
    return outage;
  }

  private async answer(route: Route): Promise<void> {
    if (this.mode === 'up') return route.fallback();
    this.refused++;
    if (this.mode === 'hang') {
      this.held.push(route);
      return;
    }
    await route.fulfill(OUTAGE_503).catch(() => undefined);
  }

  /** Clerk goes down. The healthy page is left first, so its late requests (chunks, polls) are not counted. */
  async down(mode: OutageMode): Promise<void> {
    await this.page.goto('about:blank').catch(() => undefined);
    this.mode = mode;
    this.reset();
  }

  /** Notes the Clerk scripts the current page names, so a self-hosted clerk-js fails too. */
  async learnScripts(): Promise<void> {
    const sources = await this.page
      .$$eval(CLERK_SCRIPT_SELECTOR, (scripts) => scripts.map((script) => (script as HTMLScriptElement).src))
      .catch(() => [] as string[]);
    for (const source of sources.filter(Boolean)) {
      const url = new URL(source);
      const bare = `${url.origin}${url.pathname}`;
      if (!this.scripts.includes(bare)) this.scripts.push(bare);
    }
  }

  /** Starts a step: its errors and failed requests only. */
  reset(): void {
    this.refused = 0;
    this.errors = [];
  }

  /** Navigates and returns the document's answer once it arrives (a held handshake hop may never answer). */
  async visit(url: string, timeout = 10_000): Promise<Visit> {
    const response = await this.page.goto(url, { waitUntil: 'commit', timeout }).catch(() => null);
    return { status: response?.status() ?? null, finalUrl: this.page.url() };
  }

  /** The page's visible text in lines (empty while it navigates). */
  async lines(): Promise<string[]> {
    const text = await this.page.evaluate(() => document.body?.innerText ?? '').catch(() => '');
    return textLines(text);
  }

  /** Clerk loaded in the page (window.Clerk.loaded), waited for up to `timeout`. */
  async clerkLoaded(timeout: number): Promise<boolean> {
    return this.page
      .waitForFunction(() => (window as { Clerk?: { loaded?: boolean } }).Clerk?.loaded === true, null, { timeout })
      .then(
        () => true,
        () => false,
      );
  }

  async close(): Promise<void> {
    await this.context.unrouteAll({ behavior: 'ignoreErrors' });
    await Promise.all(this.held.map((route) => route.abort().catch(() => undefined)));
    await this.context.close();
  }
}
