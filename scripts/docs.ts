// `npm run docs`: rewrite the documentation's generated blocks (checks, webhook events, fault switches,
// variables) from the catalogs they describe.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GENERATED_BLOCKS } from '../src/docs/generated.ts';
import { withBlock } from '../src/docs/readme-blocks.ts';

const root = join(import.meta.dirname, '..');
for (const file of new Set(GENERATED_BLOCKS.map((block) => block.file))) {
  const path = join(root, file);
  const before = readFileSync(path, 'utf8');
  const after = GENERATED_BLOCKS.filter((b) => b.file === file).reduce(
    (text, b) => withBlock(text, b.name, b.render()),
    before,
  );
  if (after !== before) writeFileSync(path, after);
  console.log(`${file}: ${after === before ? 'already current' : 'rewrote its generated blocks'}`);
}
