/** POST /v1/dev_browser: clerk-js's first call in a development instance; it keeps only `id`. */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { clerkErrors, json } from '../http/respond.ts';
import { mintDevBrowser } from './identity.ts';

export function devBrowserHandlers(ctx: EmulatorContext) {
  return [
    http.post('/v1/dev_browser', () => {
      if (ctx.config.kind !== 'development') {
        return clerkErrors(400, {
          code: 'dev_browser_unsupported',
          message: 'Dev browsers exist in development instances only.',
        });
      }
      const { record, token } = mintDevBrowser(ctx);
      // The token itself is the `id`: clerk-js stores it in `__clerk_db_jwt` and sends it back.
      return json({ object: 'dev_browser', id: token, created_at: record.createdAt, updated_at: record.createdAt });
    }),
  ];
}
