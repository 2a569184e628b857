// Every environment variable the profile reads, with an example value for error messages and `.env.example`.
// Clerk's own variables keep Clerk's names, so one .env serves the app and the suite.

export interface VariableDoc {
  example: string;
  about: string;
  /** Secret values are wrapped in Secret and never printed, not even in an error. */
  secret?: boolean;
}

export const VARIABLES = {
  TARGET_URL: {
    example: 'https://staging.example.com',
    about: 'URL of the deployed app to check (unset: the bundled reference app)',
  },
  CGL_ENVIRONMENT: {
    example: 'production',
    about: 'production | staging | development (default: production for a pk_live_ key, else development)',
  },
  CGL_FAIL_ON: {
    example: 'high',
    about:
      'critical | high | medium | low: from which severity a failed check fails the run; below it the failure ' +
      'is reported as a finding (default medium)',
  },
  CLERK_PUBLISHABLE_KEY: {
    example: 'pk_test_Y2xlcmsuZXhhbXBsZS5jb20k',
    about: 'publishable key (NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY also read)',
  },
  NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: {
    example: 'pk_test_Y2xlcmsuZXhhbXBsZS5jb20k',
    about: 'publishable key, Next.js name',
  },
  CLERK_SECRET_KEY: {
    example: 'sk_test_<the Secret key from Clerk Dashboard → API keys>',
    about: 'secret key (Backend API: testing tokens, test user sign-in)',
    secret: true,
  },
  CLERK_API_URL: { example: 'https://api.clerk.com', about: 'Backend API URL (default https://api.clerk.com)' },
  CLERK_WEBHOOK_SIGNING_SECRET: {
    example: 'whsec_<the Signing Secret from Clerk Dashboard → Webhooks → your endpoint>',
    about: 'webhook signing secret (Svix)',
    secret: true,
  },
  CLERK_WEBHOOK_SECRET: {
    example: 'whsec_<…> (rename to CLERK_WEBHOOK_SIGNING_SECRET)',
    about: 'older name of the webhook signing secret',
    secret: true,
  },
  CGL_TEST_USER_EMAIL: {
    example: 'go-live+clerk_test@example.com',
    about: 'email of a test user that exists in the Clerk instance',
  },
  CGL_TEST_USER_PASSWORD: { example: '<the test user’s password>', about: 'password of the test user', secret: true },
  CGL_SIGN_IN_STRATEGY: { example: 'password', about: 'password | email_code | ticket (default password)' },
  CGL_PUBLIC_PAGES: { example: '/,/pricing', about: 'comma list of pages anyone may load (empty: none)' },
  CGL_PROTECTED_PAGES: {
    example: '/dashboard,/settings',
    about: 'comma list of pages only signed-in users may load (empty: none)',
  },
  CGL_PROTECTED_API: {
    example: '/api/me,POST /api/orders',
    about:
      'comma list of "[METHOD ]path" API routes that need a session (empty: none; bodies, headers, ' +
      'forUser: routes.protectedApi in the config file)',
  },
  CGL_PUBLIC_API: { example: '/api/public/health', about: 'comma list of API routes anyone may call (empty: none)' },
  CGL_ERROR_ROUTES: {
    example: '/api/sentry-example-api',
    about: "comma list of the app's own routes that fail on purpose, probed for stack traces (empty: none)",
  },
  CGL_SIGN_IN_PATH: { example: '/sign-in', about: 'sign-in page path, or the Account Portal URL (default /sign-in)' },
  CGL_AFTER_SIGN_IN_PATH: { example: '/dashboard', about: 'where sign-in lands (default /dashboard)' },
  CGL_AFTER_SIGN_OUT_PATH: { example: '/', about: 'where sign-out lands (default /)' },
  CGL_WEBHOOK_PATH: {
    example: '/api/webhooks/clerk',
    about: 'the app’s Clerk webhook endpoint (default /api/webhooks/clerk; empty or none: the app has none)',
  },
  CGL_WEBHOOK_REJECT_STATUSES: {
    example: '400,401',
    about: 'statuses that count as rejecting a bad signature (default 400,401)',
  },
  CGL_WEBHOOK_ALLOW_STATE_CHANGES: {
    example: '1',
    about: 'allow state-changing webhook events against a production target (default off)',
  },
  CGL_WEBHOOK_EVENTS: {
    example: 'user.created,user.updated,user.deleted',
    about:
      'comma list of the Clerk events your endpoint subscribes to (default: those three; all 12 for the bundled app)',
  },
  CGL_WEBHOOK_PROBE_URL: {
    example: '/api/admin/users/{id}',
    about:
      'optional side-effect probe: GET it after user.created/user.deleted; 2xx = the user exists, ' +
      '404 or {"exists":false} = gone',
  },
  CGL_MAX_TOKEN_LIFETIME: {
    example: '60',
    about: "longest acceptable session token lifetime in seconds (default 60, Clerk's default)",
  },
  CGL_AUTHORIZED_ORIGINS: {
    example: 'https://example.com,https://www.example.com',
    about:
      'origins the app is served from: token azp and sign-in redirects must stay among them ' +
      "(default: TARGET_URL's origin)",
  },
  CGL_HSTS_MIN_MAX_AGE: {
    example: '15552000',
    about: 'smallest acceptable HSTS max-age in seconds (default 15552000, 180 days)',
  },
  CGL_REQUIRE_HSTS: { example: 'true', about: 'require HSTS (default true for https targets)' },
  CGL_FRAMEWORK: {
    example: 'nextjs',
    about:
      'nextjs | express | generic | auto: which framework the fix texts speak (default auto: detected from the target)',
  },
  CGL_TLS_CA_FILE: {
    example: './certs/staging-ca.pem',
    about:
      'PEM file of the CA that signs a staging certificate: trusted by the suite’s requests and browser (relative to the project)',
  },
  CGL_TLS_INSECURE_HOSTS: {
    example: 'staging.internal',
    about: 'comma list of hosts whose certificate errors are ignored (never by default; only when the target is one)',
  },
  CGL_HTTP_URL: {
    example: 'http://staging.example.com:8080',
    about:
      'where the target answers plain http, for the http -> https redirect check (default: port 80 of the target host)',
  },
  CGL_EXPECT_IDENTIFIERS: {
    example: 'email_address,phone_number',
    about:
      'comma list of email_address, phone_number, username: exactly the identifiers the instance should let users sign in with (unset: not judged)',
  },
  CGL_EXPECT_PASSWORD_MIN_LENGTH: {
    example: '10',
    about: "the instance's password minimum length should be at least this (unset: not judged)",
  },
  CGL_EXPECT_SECOND_FACTOR: {
    example: 'required',
    about: 'off | available | required: multi-factor authentication on the instance (unset: not judged)',
  },
  CGL_EXPECT_SIGN_UP_MODE: {
    example: 'restricted',
    about: 'public | restricted | waitlist: the instance sign-up mode (unset: not judged)',
  },
  CGL_EXPECT_SESSION_MODE: {
    example: 'single',
    about: 'single | multi: the instance session mode (unset: not judged)',
  },
  CGL_EXPECT_SOCIAL: {
    example: 'google,github',
    about: 'comma list of the social connections the instance should have enabled (empty: none; unset: not judged)',
  },
  CGL_LATENCY_API_P95_MS: {
    example: '800',
    about: 'latency budget: p95 of a protected API route signed in, ms (default 800)',
  },
  CGL_LATENCY_SIGN_IN_TTFB_P95_MS: {
    example: '1500',
    about: "latency budget: p95 of the sign-in page's time to first byte in the browser, ms (default 1500)",
  },
  CGL_LATENCY_CLERK_LOADED_P95_MS: {
    example: '5000',
    about: 'latency budget: p95 of the time until Clerk is loaded on the sign-in page, ms (default 5000)',
  },
  CGL_LATENCY_FAPI_P95_MS: {
    example: '1000',
    about: "latency budget: p95 of a Frontend API round trip (through the app's proxy, if any), ms (default 1000)",
  },
  CGL_LATENCY_BURST: {
    example: 'true',
    about:
      'time the protected API and the Frontend API under a bounded concurrent burst (default: on, except on a ' +
      'production profile, where only a handful of sequential requests run unless this is true)',
  },
  CGL_LATENCY_BURST_CONCURRENCY: {
    example: '10',
    about: 'concurrent requests in the latency burst (default 4, at most 50)',
  },
  CGL_LATENCY_BURST_SECONDS: {
    example: '5',
    about: 'longest the latency burst runs per measure, seconds (default 5, at most 30; it also stops at 200 requests)',
  },
  CGL_CLERK_DOWN_BUDGET_MS: {
    example: '20000',
    about:
      "Clerk outage drill: how long the sign-in page may take to show a fallback while Clerk's Frontend API " +
      'fails, ms (default 20000)',
  },
  CGL_CLERK_DOWN_FALLBACK: {
    example: 'temporarily unavailable',
    about:
      "Clerk outage drill: the sign-in page's fallback, as text it shows or a CSS selector (starting with # . [ " +
      'or css=); unset: any visible text the healthy sign-in page does not show',
  },
  CGL_REFERENCE_APP: {
    example: 'nextjs',
    about:
      'embedded default only: nextjs (default), express or hono (this repository only), the bundled reference app to run',
  },
  CGL_INSTANCE: {
    example: 'production',
    about: 'embedded default only: production (default) or development, the emulated Clerk instance type',
  },
  CGL_HTTPS: {
    example: '0',
    about:
      'embedded default only: 1 (default) serves the reference app through a local TLS front ' +
      '(HSTS, https redirect, Secure cookies); 0 plain http',
  },
  CGL_EMBEDDED: { example: '1', about: 'set by playwright.config.ts when it runs the bundled reference app' },
} as const satisfies Record<string, VariableDoc>;

export type VariableName = keyof typeof VARIABLES;

export function isVariableName(name: string): name is VariableName {
  return Object.hasOwn(VARIABLES, name);
}

export const SECRET_VARIABLES = (Object.keys(VARIABLES) as VariableName[]).filter(
  (name) => (VARIABLES[name] as VariableDoc).secret,
);
