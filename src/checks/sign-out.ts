// After sign-out the browser holds no session any more: the session cookie is gone or emptied, clerk-js has no
// session, and neither a protected page nor a protected API route answers for that user any more. (Whether a
// signed-out visitor is denied at all is the protected-route checks' business, so a route left unprotected
// fails there, not here.)
import type { Verdict } from './verdict.ts';

export interface SignOutEvidence {
  url: string;
  /** Values of __session cookies (plain and suffixed) left in the browser after sign-out. */
  sessionCookies: string[];
  /** A protected page opened after sign-out: where it ended, and whether it still showed the user's id. */
  protectedPage: { path: string; finalUrl: string; showsUser: boolean } | null;
  /** A protected API route called with the browser's cookies after sign-out. */
  protectedApi: { name: string; status: number; showsUser: boolean } | null;
  signedInAgain: boolean;
}

export function judgeSignedOut(evidence: SignOutEvidence, context: { paths: { signIn: string } }): Verdict {
  const problems: string[] = [];
  if (evidence.sessionCookies.some((value) => value !== '')) problems.push('a __session cookie still holds a token');
  if (evidence.protectedPage?.showsUser) problems.push(`${evidence.protectedPage.path} still shows the user`);
  if (evidence.protectedApi?.showsUser)
    problems.push(`${evidence.protectedApi.name} still answers for the user (${evidence.protectedApi.status})`);
  if (evidence.signedInAgain) problems.push('clerk-js reports a session again');
  const actual = [
    `session cookies holding a token: ${evidence.sessionCookies.filter((v) => v !== '').length}`,
    evidence.protectedPage &&
      `${evidence.protectedPage.path} -> ${new URL(evidence.protectedPage.finalUrl).pathname}${evidence.protectedPage.showsUser ? ' showing the user' : ''}`,
    evidence.protectedApi &&
      `${evidence.protectedApi.name} -> ${evidence.protectedApi.status}${evidence.protectedApi.showsUser ? ' for the user' : ''}`,
    evidence.signedInAgain && 'clerk-js has a session',
  ]
    .filter(Boolean)
    .join('; ');
  const base = {
    id: 'auth.sign-out',
    title: 'after sign-out the session is gone: no session cookie, nothing answers for the user',
    url: evidence.url,
    expected: `no __session token, no clerk-js session, protected pages and API routes no longer serve the user (pages end on ${context.paths.signIn})`,
    actual,
  } as const;
  if (problems.length === 0) return { ...base, pass: true, fix: '' };
  return {
    ...base,
    pass: false,
    fix: `Sign-out did not end the session (${problems.join('; ')}). Sign out through Clerk (<SignOutButton/> or clerk.signOut()), which ends the session at Clerk and clears the cookies; do not only clear local state or navigate away.`,
  };
}
