// docs/settings.md's table of environment variables, rendered from src/config/variables.ts.
import { VARIABLES, type VariableDoc } from '../config/variables.ts';
import { blockEnd, blockStart } from './readme-blocks.ts';

export const VARIABLE_BLOCK = 'variables';

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function renderVariableTable(): string {
  const rows = Object.entries(VARIABLES as Record<string, VariableDoc>)
    .filter(([name]) => name !== 'CGL_EMBEDDED')
    .map(
      ([name, doc]) =>
        `| \`${name}\` | ${cell(doc.about)}${doc.secret ? ' (secret: never printed)' : ''} | \`${cell(doc.example)}\` |`,
    );
  return [
    blockStart(VARIABLE_BLOCK, 'src/config/variables.ts'),
    '| variable | what | example |',
    '|---|---|---|',
    ...rows,
    blockEnd(VARIABLE_BLOCK),
  ].join('\n');
}
