// The documentation's generated tables are rendered from the catalogs they describe (npm run docs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { GENERATED_BLOCKS } from '../../src/docs/generated.ts';

for (const block of GENERATED_BLOCKS) {
  test(`${block.file}: the "${block.name}" table is current (npm run docs)`, () => {
    const text = readFileSync(join(import.meta.dirname, '../..', block.file), 'utf8');
    expect(text, `${block.file} is stale: run npm run docs`).toContain(block.render());
  });
}
