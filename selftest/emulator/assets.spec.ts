// clerk-js and @clerk/ui bundles on FAPI, at the paths clerk-js and @clerk/nextjs load them from.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { assetDir } from '../../emulator/clerk-assets.ts';
import { expect, test } from './fixture.ts';

test.describe('Clerk bundles on FAPI', { tag: '@emulator' }, () => {
  test.skip(!existsSync(join(assetDir('@clerk/clerk-js'), 'dist')), 'bundles not fetched: run `npm run setup`');

  for (const path of [
    '/npm/@clerk/clerk-js@6/dist/clerk.browser.js',
    '/npm/@clerk/ui@1/dist/ui.browser.js',
    '/npm/@clerk/ui@1.36.0/dist/ui.browser.js',
  ]) {
    test(`GET ${path} -> 200 JavaScript`, async ({ request, emulator }) => {
      const response = await request.get(`${emulator.fapiUrl}${path}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('javascript');
    });
  }

  test('a file outside dist/ cannot be reached', async ({ request, emulator }) => {
    const response = await request.get(`${emulator.fapiUrl}/npm/@clerk/clerk-js@6/dist/..%2F..%2FVERSION`);
    expect(response.status()).toBe(404);
  });

  test('a missing chunk -> 404 naming the file', async ({ request, emulator }) => {
    const response = await request.get(`${emulator.fapiUrl}/npm/@clerk/ui@1.36.0/dist/nope.js`);
    expect(response.status()).toBe(404);
    expect(await response.text()).toContain('dist/nope.js');
  });
});
