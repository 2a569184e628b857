// The Cookie header sent to the Frontend API for the foreign-origin token is the one a browser would send:
// cookies whose domain and path match the URL, none of another host's.
import { expect, test } from '@playwright/test';
import { cookieHeaderFor } from '../../src/clerk/foreign-origin-token.ts';
import type { StorageState } from '../../src/clerk/session.ts';

const cookie = (name: string, domain: string, path = '/') =>
  ({ name, value: `${name}-value`, domain, path, expires: -1, httpOnly: true, secure: true, sameSite: 'Lax' }) as const;

test('cookies for the FAPI URL: exact host, parent domain, matching path; not other hosts or paths', () => {
  const state: StorageState = {
    cookies: [
      cookie('__client', 'clerk.example.com'),
      cookie('__client_uat', '.example.com'),
      cookie('other', 'evil.test'),
      cookie('deep', 'clerk.example.com', '/admin'),
      { ...cookie('empty', 'clerk.example.com'), value: '' },
    ],
    origins: [],
  };
  expect(cookieHeaderFor(state, new URL('https://clerk.example.com/v1/client/sessions/sess_1/tokens'))).toBe(
    '__client=__client-value; __client_uat=__client_uat-value',
  );
  // Proxied: the app's own origin and path.
  const proxied: StorageState = { cookies: [cookie('__client', 'localhost')], origins: [] };
  expect(cookieHeaderFor(proxied, new URL('https://localhost:8443/__clerk/v1/client/sessions/s/tokens'))).toBe(
    '__client=__client-value',
  );
});
