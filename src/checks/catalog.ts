// The checks these judges decide, in one table: id -> the claim it proves. Tests annotate themselves with the
// id (fixtures/checks.ts) and the fault catalog names the id that must catch each fault.
export const CHECKS = {
  'auth.sign-in': 'The test user can sign in on the sign-in page and is really signed in',
  'api.protected.signed-out-denied': 'A protected API route denies a signed-out request',
  'api.protected.signed-in-allowed': 'A protected API route serves the signed-in user',
  'auth.protected-page.signed-out-denied': 'A protected page denies a signed-out visitor',
  'auth.protected-page.signed-in': 'A protected page serves the signed-in user',
  'webhooks.valid-signature-accepted': 'The webhook endpoint accepts a correctly signed Clerk event',
  'webhooks.bad-signature-rejected': 'The webhook endpoint rejects an event with a wrong signature',
  'headers.frame-protection': 'Pages cannot be framed by other sites (clickjacking)',
  'headers.nosniff': 'Responses forbid MIME sniffing',
  'headers.hsts': 'Browsers are told to use https only (HSTS)',
} as const;

export type CheckId = keyof typeof CHECKS;
