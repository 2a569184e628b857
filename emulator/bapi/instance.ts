/**
 * GET /v1/instance and GET /v1/domains: what a key-consistency check and the instance settings audit read.
 * The instance's type follows the secret key (sk_live_ -> production), and its one domain's Frontend API is
 * the host in the publishable key, so a mismatched pk/sk pair shows up as a different host or type. Its
 * `allowed_origins` are the instance configuration's (instance-config.ts; null when none, as before), and the
 * domain's `name` is the configured root domain when one is set (the domain FAPI answers), else the
 * publishable key's host without its `clerk.` label.
 */
import { http } from 'msw';

import type { EmulatorContext } from '../context.ts';
import { json } from '../http/respond.ts';
import { guarded } from './auth.ts';

export function instanceHandlers(ctx: EmulatorContext) {
  const { host, kind } = ctx.config;
  // A production FAPI host is `clerk.<app domain>`; a development one is the whole dev host.
  const keyDomain = kind === 'production' ? host.replace(/^clerk\./, '') : host;
  const name = ctx.config.origins?.domain ?? keyDomain;
  const { allowedOrigins } = ctx.config.instance;
  return [
    http.get(
      '/v1/instance',
      guarded(ctx, () =>
        json({
          object: 'instance',
          id: ctx.key.kid,
          environment_type: kind,
          allowed_origins: allowedOrigins.length > 0 ? allowedOrigins : null,
          workspace_id: null,
        }),
      ),
    ),
    http.get(
      '/v1/domains',
      guarded(ctx, () =>
        json({
          data: [
            {
              object: 'domain',
              id: `dmn_${ctx.key.kid.slice(4)}`,
              name,
              is_satellite: false,
              frontend_api_url: `https://${host}`,
              accounts_portal_url: `https://accounts.${keyDomain}`,
              proxy_url: null,
              development_origin: '',
              cname_targets: null,
            },
          ],
          total_count: 1,
        }),
      ),
    ),
  ];
}
