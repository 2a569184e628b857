// Fix texts speak the target's framework: detected from its home page, or set in the profile.
import { expect, test } from '@playwright/test';
import { detectFramework, fixFor, setFramework } from '../../src/checks/framework.ts';
import { judgeNosniff } from '../../src/checks/nosniff.ts';
import { evidence, withHeaders } from './helpers.ts';

test.afterEach(() => setFramework(null));

test('Next.js shows itself by X-Powered-By, x-nextjs-* headers, Vary: RSC or /_next/ assets; Express by X-Powered-By', () => {
  expect(detectFramework(withHeaders({ 'X-Powered-By': 'Next.js' }))).toBe('nextjs');
  expect(detectFramework(withHeaders({ 'x-nextjs-cache': 'HIT' }))).toBe('nextjs');
  expect(detectFramework(withHeaders({ Vary: 'RSC, Next-Router-State-Tree, Accept-Encoding' }))).toBe('nextjs');
  expect(detectFramework(evidence({ bodyExcerpt: '<script src="/_next/static/chunks/main.js">' }))).toBe('nextjs');
  expect(detectFramework(withHeaders({ 'X-Powered-By': 'Express' }))).toBe('express');
  expect(detectFramework(withHeaders({ server: 'nginx' }))).toBeNull();
});

test('fixFor picks the framework’s variant, and every way while the framework is not known', () => {
  const fix = { nextjs: 'N', express: 'E', generic: 'G', any: 'A' };
  expect(fixFor(fix)).toBe('A');
  setFramework('express');
  expect(fixFor(fix)).toBe('E');
  setFramework('generic');
  expect(fixFor(fix)).toBe('G');
});

test("a judge's fix names Express's way for an Express target and Next.js's for a Next.js one", () => {
  setFramework('express');
  expect(judgeNosniff(withHeaders({})).fix).toContain('helmet()');
  expect(judgeNosniff(withHeaders({})).fix).not.toContain('next.config.js');
  setFramework('nextjs');
  expect(judgeNosniff(withHeaders({})).fix).toContain('next.config.js');
  expect(judgeNosniff(withHeaders({})).fix).not.toContain('helmet');
});
