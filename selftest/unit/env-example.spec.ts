import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { renderEnvExample } from '../../src/config/env-example.ts';

test('.env.example documents every variable the profile reads (run `npm run env-example` when this fails)', () => {
  const committed = readFileSync(resolve(import.meta.dirname, '../../.env.example'), 'utf8');
  expect(committed).toBe(renderEnvExample());
});
