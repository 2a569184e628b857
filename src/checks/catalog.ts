// The checks, in one table: id -> the claim it proves, its severity, the production-checklist section it
// belongs to, and the tags its tests carry. Tests annotate themselves from it (fixtures/checks.ts), the
// readiness report groups and ranks by it, the fault catalog names the id that must catch each fault, and
// the README's checks table is rendered from it.
import { CHECKLIST_SECTIONS, type ChecklistSection } from './checklist.ts';

export type Severity = 'critical' | 'high' | 'medium' | 'low';
export const SEVERITIES: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

/** Tags beyond the area tag (@auth, @api, …), which comes from the id. */
export type CheckTag = 'smoke' | 'prod-safe' | 'security' | 'browser';

export interface CheckRow {
  claim: string;
  severity: Severity;
  checklist: ChecklistSection;
  tags: readonly CheckTag[];
}

export const CATALOG = {
  'auth.sign-in': {
    claim: 'The test user can sign in on the sign-in page and is really signed in',
    severity: 'high',
    checklist: 'auth-flows',
    tags: ['smoke', 'prod-safe'],
  },
  'api.protected.signed-out-denied': {
    claim: 'A protected API route denies a signed-out request',
    severity: 'critical',
    checklist: 'route-protection',
    tags: ['smoke', 'prod-safe'],
  },
  'api.protected.signed-in-allowed': {
    claim: 'A protected API route serves the signed-in user',
    severity: 'high',
    checklist: 'route-protection',
    tags: ['smoke', 'prod-safe'],
  },
  'auth.protected-page.signed-out-denied': {
    claim: 'A protected page denies a signed-out visitor',
    severity: 'critical',
    checklist: 'route-protection',
    tags: ['smoke', 'prod-safe'],
  },
  'auth.protected-page.signed-in': {
    claim: 'A protected page serves the signed-in user',
    severity: 'high',
    checklist: 'route-protection',
    tags: ['smoke', 'prod-safe'],
  },
  'auth.public-page.signed-out': {
    claim: 'A public page answers a signed-out visitor without sending them to sign-in',
    severity: 'medium',
    checklist: 'route-protection',
    tags: ['smoke', 'prod-safe'],
  },
  'auth.sign-up': {
    claim:
      "A new user signs up on the app's sign-up page (Clerk test address and code) and lands signed in; the synthetic user is deleted afterwards",
    severity: 'high',
    checklist: 'auth-flows',
    tags: ['browser'],
  },
  'auth.sign-in.no-open-redirect': {
    claim: "Sign-in never follows a redirect_url off the target's origins",
    severity: 'high',
    checklist: 'auth-flows',
    tags: ['security', 'prod-safe'],
  },
  'auth.session-token.bounded': {
    claim: "The session token is short-lived and issued for the target's origin",
    severity: 'medium',
    checklist: 'auth-flows',
    tags: ['security', 'prod-safe'],
  },
  'auth.sign-out': {
    claim: 'Sign-out ends the session: no session cookie, protected pages and APIs deny',
    severity: 'high',
    checklist: 'auth-flows',
    tags: ['smoke'],
  },
  'api.public.signed-out-allowed': {
    claim: 'A public API route answers a signed-out request',
    severity: 'medium',
    checklist: 'route-protection',
    tags: ['smoke', 'prod-safe'],
  },
  'api.forged-token.denied': {
    claim: 'A protected API route refuses forged, tampered, expired and foreign session tokens',
    severity: 'critical',
    checklist: 'route-protection',
    tags: ['security', 'prod-safe'],
  },
  'api.protected.no-shared-cache': {
    claim: 'Signed-in responses are never stored by shared caches or shown signed out',
    severity: 'critical',
    checklist: 'security-headers',
    tags: ['security', 'prod-safe'],
  },
  'api.protected.cors': {
    claim: 'A protected API route never shares credentialed responses with arbitrary origins',
    severity: 'high',
    checklist: 'security-headers',
    tags: ['security', 'prod-safe'],
  },
  'webhooks.route-public': {
    claim: "The webhook path is public: a correctly signed delivery reaches the handler, not Clerk's middleware",
    severity: 'high',
    checklist: 'webhooks',
    tags: ['smoke', 'prod-safe'],
  },
  'webhooks.replay': {
    claim: 'Every subscribed Clerk event, correctly signed, is answered 2xx in time',
    severity: 'high',
    checklist: 'webhooks',
    tags: ['smoke'],
  },
  'webhooks.signature-rotation': {
    claim: 'A signature list where one of several signatures is right (secret rotation) is accepted',
    severity: 'medium',
    checklist: 'webhooks',
    tags: ['prod-safe'],
  },
  'webhooks.bad-signature-rejected': {
    claim: 'The webhook endpoint rejects an event with a wrong signature',
    severity: 'critical',
    checklist: 'webhooks',
    tags: ['smoke', 'prod-safe'],
  },
  'webhooks.reject.missing-svix-id': {
    claim: 'A delivery without svix-id is rejected',
    severity: 'high',
    checklist: 'webhooks',
    tags: ['prod-safe'],
  },
  'webhooks.reject.missing-svix-timestamp': {
    claim: 'A delivery without svix-timestamp is rejected',
    severity: 'high',
    checklist: 'webhooks',
    tags: ['prod-safe'],
  },
  'webhooks.reject.missing-svix-signature': {
    claim: 'A delivery without svix-signature is rejected',
    severity: 'critical',
    checklist: 'webhooks',
    tags: ['prod-safe'],
  },
  'webhooks.reject.body-changed': {
    claim: 'A body changed after signing is rejected',
    severity: 'critical',
    checklist: 'webhooks',
    tags: ['prod-safe'],
  },
  'webhooks.reject.body-reformatted': {
    claim: 'A body re-formatted after signing is rejected (the raw body is verified)',
    severity: 'high',
    checklist: 'webhooks',
    tags: ['prod-safe'],
  },
  'webhooks.reject.stale-timestamp': {
    claim: 'A delivery signed 6 minutes ago is rejected (replay window)',
    severity: 'high',
    checklist: 'webhooks',
    tags: ['prod-safe'],
  },
  'webhooks.reject.future-timestamp': {
    claim: 'A delivery dated 6 minutes ahead is rejected',
    severity: 'medium',
    checklist: 'webhooks',
    tags: ['prod-safe'],
  },
  'webhooks.reject.oversized-body': {
    claim: 'A 1 MB body with a bad signature is rejected quickly, never a 5xx',
    severity: 'medium',
    checklist: 'webhooks',
    tags: ['prod-safe'],
  },
  'webhooks.idempotent': {
    claim: 'The same svix-id delivered twice is answered 2xx and applied once',
    severity: 'medium',
    checklist: 'webhooks',
    tags: [],
  },
  'webhooks.side-effect': {
    claim: 'user.created and user.deleted really change what the app knows (side-effect probe)',
    severity: 'high',
    checklist: 'webhooks',
    tags: [],
  },
  'webhooks.report.webhook-headers': {
    claim: 'Reported: a correctly signed delivery carrying only webhook-* headers',
    severity: 'low',
    checklist: 'webhooks',
    tags: ['prod-safe'],
  },
  'webhooks.report.get': {
    claim: 'Reported: what GET on the webhook path answers',
    severity: 'low',
    checklist: 'webhooks',
    tags: ['prod-safe'],
  },
  'headers.frame-protection': {
    claim: 'Pages cannot be framed by other sites (clickjacking)',
    severity: 'medium',
    checklist: 'security-headers',
    tags: ['smoke', 'prod-safe'],
  },
  'headers.nosniff': {
    claim: 'Responses forbid MIME sniffing',
    severity: 'low',
    checklist: 'security-headers',
    tags: ['smoke', 'prod-safe'],
  },
  'headers.hsts': {
    claim: 'Browsers are told to use https only (HSTS)',
    severity: 'high',
    checklist: 'security-headers',
    tags: ['smoke', 'prod-safe'],
  },
  'headers.https-redirect': {
    claim: 'Plain http redirects to https, first hop on the same host',
    severity: 'high',
    checklist: 'security-headers',
    tags: ['prod-safe'],
  },
  'headers.referrer-policy': {
    claim: 'Referrer-Policy keeps full URLs from other sites',
    severity: 'low',
    checklist: 'security-headers',
    tags: ['smoke', 'prod-safe'],
  },
  'headers.permissions-policy': {
    claim: 'A Permissions-Policy restricts powerful browser features',
    severity: 'low',
    checklist: 'security-headers',
    tags: ['smoke', 'prod-safe'],
  },
  'headers.no-fingerprint': {
    claim: 'Responses do not reveal the framework or server version',
    severity: 'low',
    checklist: 'security-headers',
    tags: ['smoke', 'prod-safe'],
  },
  'headers.csp': {
    claim: 'A Content-Security-Policy is enforced, without unsafe-eval in production',
    severity: 'medium',
    checklist: 'security-headers',
    tags: ['smoke', 'prod-safe'],
  },
  'headers.csp-clerk': {
    claim: 'The Content-Security-Policy allows what Clerk needs',
    severity: 'high',
    checklist: 'security-headers',
    tags: ['smoke', 'prod-safe'],
  },
  'headers.csp-violations': {
    claim: 'No CSP violations in a real browser on the sign-in and signed-in pages',
    severity: 'high',
    checklist: 'security-headers',
    tags: ['browser', 'prod-safe'],
  },
  'headers.cookies': {
    claim: 'Cookies carry safe attributes (Secure on https, SameSite, HttpOnly for app sessions)',
    severity: 'medium',
    checklist: 'security-headers',
    tags: ['prod-safe'],
  },
  'headers.static-assets': {
    claim: 'Static assets are cached long and bypass Clerk middleware',
    severity: 'low',
    checklist: 'performance',
    tags: ['prod-safe'],
  },
  'api.public-page.cacheable': {
    claim:
      'A public page the same for every visitor (no Set-Cookie, no per-user content) is cacheable by a CDN, not sent no-store',
    severity: 'low',
    checklist: 'performance',
    tags: ['prod-safe'],
  },
  'leaks.secrets': {
    claim: 'No secret key or webhook secret in the HTML or same-origin JavaScript',
    severity: 'critical',
    checklist: 'keys',
    tags: ['prod-safe'],
  },
  'leaks.sensitive-files': {
    claim: '/.env, /.git/config and similar files are not served',
    severity: 'critical',
    checklist: 'keys',
    tags: ['prod-safe'],
  },
  'errors.not-found': {
    claim: 'An unknown route answers 404 with the app page',
    severity: 'low',
    checklist: 'error-handling',
    tags: ['prod-safe'],
  },
  'errors.no-stack-trace': {
    claim: 'Error responses show no stack trace or framework debug output',
    severity: 'medium',
    checklist: 'error-handling',
    tags: ['prod-safe'],
  },
  'preflight.production-keys': {
    claim: 'A production profile uses live keys (pk_live_, sk_live_)',
    severity: 'critical',
    checklist: 'keys',
    tags: ['smoke', 'prod-safe'],
  },
  'preflight.fapi-host': {
    claim: "The publishable key's Frontend API host belongs to the target or is proxied by it",
    severity: 'high',
    checklist: 'keys',
    tags: ['smoke', 'prod-safe'],
  },
  'preflight.secret-key-instance': {
    claim: 'The secret key belongs to the same Clerk instance as the publishable key',
    severity: 'high',
    checklist: 'keys',
    tags: ['smoke', 'prod-safe'],
  },
  'preflight.webhook-secret': {
    claim: 'The webhook signing secret is set and well-formed',
    severity: 'high',
    checklist: 'keys',
    tags: ['smoke', 'prod-safe'],
  },
  'preflight.instance-identifiers': {
    claim: 'The instance lets users sign in with exactly the identifiers (and password) the profile states',
    severity: 'medium',
    checklist: 'dashboard-config',
    tags: ['prod-safe'],
  },
  'preflight.instance-password-policy': {
    claim: "The instance's password policy is at least what the profile states (minimum length, breach detection)",
    severity: 'medium',
    checklist: 'dashboard-config',
    tags: ['prod-safe'],
  },
  'preflight.instance-second-factor': {
    claim: 'A second factor is off, available or required as the profile states',
    severity: 'high',
    checklist: 'dashboard-config',
    tags: ['prod-safe'],
  },
  'preflight.instance-sign-up-mode': {
    claim: 'Sign-up is public, restricted or waitlist as the profile states',
    severity: 'high',
    checklist: 'dashboard-config',
    tags: ['prod-safe'],
  },
  'preflight.instance-session-mode': {
    claim: 'The instance runs single- or multi-session as the profile states',
    severity: 'medium',
    checklist: 'dashboard-config',
    tags: ['prod-safe'],
  },
  'preflight.instance-social': {
    claim: 'Exactly the social connections the profile states are enabled',
    severity: 'medium',
    checklist: 'dashboard-config',
    tags: ['prod-safe'],
  },
  'preflight.instance-allowed-origins': {
    claim: "The instance's allowed origins hold no wildcard, and the target's origin is allowed",
    severity: 'high',
    checklist: 'dashboard-config',
    tags: ['smoke', 'prod-safe'],
  },
  'preflight.instance-type': {
    claim: 'A production profile talks to a production Clerk instance',
    severity: 'critical',
    checklist: 'dashboard-config',
    tags: ['smoke', 'prod-safe'],
  },
  'preflight.instance-test-mode': {
    claim: "Test mode is off on a production profile's instance (no +clerk_test sign-ins, no code 424242)",
    severity: 'critical',
    checklist: 'dashboard-config',
    tags: ['smoke', 'prod-safe'],
  },
  'preflight.user-export': {
    claim:
      'Users can be exported: with the secret key the Backend API lists every user, page by page, to the count it ' +
      'reports (export: Clerk Dashboard → Users → Export, or page GET /v1/users?limit=500&offset=… with the secret key)',
    severity: 'medium',
    checklist: 'recovery',
    tags: ['prod-safe'],
  },
  'recovery.clerk-down.public-pages': {
    claim:
      "With Clerk's Frontend API down (503, or never answering) in the browser, public pages still render their content",
    severity: 'high',
    checklist: 'recovery',
    tags: ['browser', 'prod-safe'],
  },
  'recovery.clerk-down.sign-in-fallback': {
    claim:
      "With Clerk's Frontend API down, the sign-in page shows a fallback message within its budget, not a blank area or a spinner forever",
    severity: 'medium',
    checklist: 'recovery',
    tags: ['browser', 'prod-safe'],
  },
  'recovery.clerk-down.fail-closed': {
    claim: "With Clerk's Frontend API down, protected pages and protected API routes still deny a signed-out visitor",
    severity: 'critical',
    checklist: 'recovery',
    tags: ['browser', 'prod-safe', 'security'],
  },
  'preflight.clerk-advisories': {
    claim:
      "The Clerk versions the target serves or reveals (clerk-js, the SDK's metadata) are outside every published " +
      'Clerk advisory (a failure carries the advisory severity)',
    severity: 'high',
    checklist: 'keys',
    tags: ['smoke', 'prod-safe', 'security'],
  },
  'preflight.fapi-proxy-ssrf': {
    claim: 'The Frontend API proxy never sends a request (and the Clerk-Secret-Key) to a host named in the path',
    severity: 'critical',
    checklist: 'keys',
    tags: ['prod-safe', 'security'],
  },
  'auth.production-instance': {
    claim: 'The live page runs a production Clerk instance (no dev browser)',
    severity: 'critical',
    checklist: 'keys',
    tags: ['browser', 'prod-safe'],
  },
  'performance.latency.protected-api': {
    claim: 'A protected API route answers the signed-in user within its latency budget (p95)',
    severity: 'medium',
    checklist: 'performance',
    tags: ['prod-safe'],
  },
  'performance.latency.sign-in-page': {
    claim: 'The sign-in page answers (time to first byte) and loads Clerk within its latency budgets (p95)',
    severity: 'medium',
    checklist: 'performance',
    tags: ['prod-safe', 'browser'],
  },
  'performance.latency.fapi': {
    claim: "Clerk's Frontend API (through the app's proxy, if any) answers within its latency budget (p95)",
    severity: 'medium',
    checklist: 'performance',
    tags: ['prod-safe'],
  },
} as const satisfies Record<string, CheckRow>;

export type CheckId = keyof typeof CATALOG;

/** id -> claim, for readers that only need the sentence. */
export const CHECKS = Object.fromEntries(Object.entries(CATALOG).map(([id, row]) => [id, row.claim])) as Record<
  CheckId,
  string
>;

export function isCheckId(id: string): id is CheckId {
  return Object.hasOwn(CATALOG, id);
}

/** The area tag of a check id: its first segment (leaks.* and errors.* are header-level checks). */
export function areaTag(id: string): string {
  const area = id.split('.')[0] ?? 'other';
  return `@${area === 'leaks' || area === 'errors' ? 'headers' : area}`;
}

export { CHECKLIST_SECTIONS };
