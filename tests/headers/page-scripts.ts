// What a page ships to the browser: its HTML and the same-origin scripts it references (<script src>,
// modulepreload/preload links), fetched through Playwright's request context. Cross-origin scripts are not
// the target's own code and are left out.
import type { APIRequestContext } from '@playwright/test';
import type { Fetched } from '../../src/checks/index.ts';

const SCRIPT_REFS = [
  /<script\b[^>]*\bsrc=["']([^"']+)["']/gi,
  /<link\b[^>]*\brel=["'](?:modulepreload|preload)["'][^>]*\bhref=["']([^"']+\.m?js[^"']*)["']/gi,
];

export function sameOriginScripts(html: string, pageURL: string): string[] {
  const origin = new URL(pageURL).origin;
  const urls = new Set<string>();
  for (const pattern of SCRIPT_REFS) {
    for (const match of html.matchAll(pattern)) {
      try {
        const url = new URL((match[1] ?? '').replace(/&amp;/g, '&'), pageURL);
        if (url.origin === origin) urls.add(url.href);
      } catch {
        // Not a URL: nothing to fetch.
      }
    }
  }
  return [...urls];
}

/** The page's HTML and every same-origin script it references (capped, so a huge app stays fast). */
export async function fetchPageAndScripts(
  request: APIRequestContext,
  path: string,
  maxScripts = 60,
): Promise<Fetched[]> {
  const page = await request.get(path, { failOnStatusCode: false });
  const html = await page.text();
  const files: Fetched[] = [{ url: page.url(), body: html }];
  for (const url of sameOriginScripts(html, page.url()).slice(0, maxScripts)) {
    const script = await request.get(url, { failOnStatusCode: false });
    if (script.ok()) files.push({ url, body: await script.text() });
  }
  return files;
}
