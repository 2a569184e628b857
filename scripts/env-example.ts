// `npm run env-example`: rewrite .env.example from src/config/variables.ts.
import { writeFileSync } from 'node:fs';
import { renderEnvExample } from '../src/config/env-example.ts';

writeFileSync('.env.example', renderEnvExample());
console.log('wrote .env.example');
