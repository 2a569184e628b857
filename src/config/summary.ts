// A human summary of a profile for the CLI and reports. Secrets show as "set" / "not set", never their values.
import type { Profile } from './types.ts';

const isSet = (value: unknown) => (value ? 'set' : 'not set');

/** One line per setting; `omit` drops rows by label (e.g. stand-in values in embedded mode). */
export function describeProfile(profile: Profile, options: { omit?: readonly string[] } = {}): string {
  const { clerk, routes, paths, webhook, headers, testUser } = profile;
  const api = routes.protectedApi.map((r) => {
    const body = r.body !== undefined ? ', JSON body' : r.form !== undefined ? ', form body' : '';
    const forUser = typeof r.forUser === 'string' ? r.forUser : JSON.stringify(r.forUser);
    return `${r.method} ${r.path} (denied ${r.denied.join('/')}, allowed ${r.allowed.join('/')}${body}, for user: ${forUser})`;
  });
  const rows: [string, string][] = [
    ['target', `${profile.baseURL}${profile.embedded ? ' (embedded reference app)' : ''}`],
    ['environment', profile.environment],
    ['config file', profile.configFile ?? 'none'],
    ['clerk', `${clerk.instanceType} instance ${clerk.frontendApi}; Backend API ${clerk.apiUrl}`],
    [
      'keys',
      `publishable ${clerk.publishableKey.slice(0, 8)}…, secret key ${isSet(clerk.secretKey)}, webhook signing secret ${isSet(webhook.secret)}`,
    ],
    [
      'test user',
      testUser
        ? `${testUser.email} (${testUser.strategy}; password ${isSet(testUser.password)})`
        : 'none: signed-in checks skip',
    ],
    ['public pages', routes.publicPages.join(', ') || 'none'],
    ['protected pages', routes.protectedPages.join(', ') || 'none'],
    ['protected API', api.join(', ') || 'none'],
    ['public API', routes.publicApi.join(', ') || 'none'],
    ['error routes', routes.errorRoutes.join(', ') || 'none'],
    ['paths', `sign-in ${paths.signIn}, after sign-in ${paths.afterSignIn}, after sign-out ${paths.afterSignOut}`],
    [
      'webhook',
      webhook.path === null
        ? 'none (webhook: false): the webhook checks skip'
        : `${webhook.path} (bad signature -> ${webhook.rejectStatuses.join(' or ')}; state-changing events ${webhook.allowStateChanges ? 'allowed' : 'not sent'} in production)`,
    ],
    [
      'failing',
      `${profile.failOn} and above fail the run, lower severities are findings; ` +
        (profile.waivers.length === 0
          ? 'no waivers'
          : profile.waivers
              .map((w) => `${w.check}${w.route ? ` on ${w.route}` : ''} waived until ${w.expires}`)
              .join(', ')),
    ],
    ['instance', instanceLine(profile)],
    ['latency', latencyLine(profile)],
    ['headers', `HSTS ${headers.requireHsts ? 'required' : 'not required'}, max-age >= ${headers.hstsMinMaxAge}`],
  ];
  const shown = rows.filter(([label]) => !options.omit?.includes(label));
  const width = Math.max(...shown.map(([label]) => label.length));
  return shown.map(([label, value]) => `  ${label.padEnd(width)}  ${value}`).join('\n');
}

function latencyLine({ latency, environment }: Profile): string {
  const { api, signInTtfb, clerkLoaded, fapi } = latency.budgets;
  const burst = latency.burst
    ? `burst of ${latency.burstConcurrency} concurrent for <= ${latency.burstSeconds} s`
    : `a handful of sequential requests${environment === 'production' ? ' (no burst on production unless latency.burst)' : ''}`;
  return (
    `p95 budgets: protected API ${api} ms, sign-in page TTFB ${signInTtfb} ms, Clerk loaded ${clerkLoaded} ms, ` +
    `Frontend API ${fapi} ms; ${burst}`
  );
}

/** What the team states its Clerk instance allows; unstated settings are not judged. */
function instanceLine({ instance }: Profile): string {
  const stated = [
    instance.identifiers && `identifiers ${instance.identifiers.join('/') || 'none'}`,
    instance.password !== undefined && `password ${instance.password ? 'on' : 'off'}`,
    instance.passwordMinLength !== undefined && `password >= ${instance.passwordMinLength} characters`,
    instance.breachDetection !== undefined && `breach detection ${instance.breachDetection ? 'on' : 'off'}`,
    instance.secondFactor !== undefined &&
      `second factor ${typeof instance.secondFactor === 'string' ? instance.secondFactor : JSON.stringify(instance.secondFactor)}`,
    instance.signUpMode && `sign-up ${instance.signUpMode}`,
    instance.sessionMode && `${instance.sessionMode}-session`,
    instance.socialConnections && `social ${instance.socialConnections.join('/') || 'none'}`,
    instance.allowedOrigins && `allowed origins also ${instance.allowedOrigins.join(', ') || 'none'}`,
  ].filter((part): part is string => typeof part === 'string');
  return stated.length
    ? stated.join(', ')
    : 'nothing stated: the instance settings checks skip (state it in the config file or CGL_EXPECT_*)';
}
