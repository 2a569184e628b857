// `node --import <this>`: lets the compiled Express reference app (inside node_modules/clerk-go-live) import
// express and @clerk/express from <project>/.clerk-go-live/reference-app/node_modules, where
// `clerk-go-live setup` installs them, so a user's own dependencies never change.
import { register } from 'node:module';
import { pathToFileURL } from 'node:url';
import { referenceAppDepsDir } from './reference-app.ts';

register(new URL('./app-deps-resolve.js', import.meta.url), {
  data: { depsURL: pathToFileURL(`${referenceAppDepsDir()}/package.json`).href },
});
