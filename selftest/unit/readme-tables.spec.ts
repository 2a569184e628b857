import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { renderFaultTable } from '../../src/docs/fault-table.ts';

test('the README’s fault-switch table is rendered from the fault catalog (npm run docs)', () => {
  const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
  expect(readme, 'README fault table is stale: run npm run docs').toContain(renderFaultTable());
});
