// "Served for that user": how a signed-in answer is recognised as the signed-in user's own. Routes differ: /api/me
// names the user id, a profile route the email, an API puts the owner at a JSON path or in a header, and a list
// of the user's items names nobody (then the answer must at least differ from what a signed-out caller gets).
import type { ForUser } from '../config/types.ts';
import type { ResponseEvidence } from './evidence.ts';

export interface SignedInIdentity {
  userId: string;
  email?: string;
}

export interface ForUserJudgement {
  ok: boolean;
  /** The "expected" half: what would show the answer is this user's. */
  expected: string;
  /** Why it does not, when not ok. */
  problem?: string;
}

/** The value at a `$.a.b[0].c` path of a JSON text, or undefined (not JSON, or no such value). */
export function valueAtJsonPath(text: string, jsonPath: string): unknown {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  for (const [, key, index] of jsonPath.slice(1).matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key ?? index!];
  }
  return value;
}

const describe = (who: SignedInIdentity) => `${who.userId}${who.email ? ` or ${who.email}` : ''}`;
const isWho = (value: unknown, who: SignedInIdentity) =>
  typeof value === 'string' && (value === who.userId || (who.email !== undefined && value === who.email));

/**
 * Judges only whose answer it is; the status is the caller's business. `signedOut`: the same request without a
 * session, needed by 'none'.
 */
export function judgeForUser(
  evidence: ResponseEvidence,
  forUser: ForUser,
  who: SignedInIdentity,
  signedOut?: ResponseEvidence,
): ForUserJudgement {
  const body = evidence.bodyExcerpt;
  if (forUser === 'userId') {
    const expected = `the signed-in user's id ${who.userId} in the body`;
    return body.includes(who.userId)
      ? { ok: true, expected }
      : { ok: false, expected, problem: `its body does not name the signed-in user ${who.userId}` };
  }
  if (forUser === 'email') {
    if (!who.email)
      return {
        ok: false,
        expected: "the signed-in user's email in the body",
        problem: 'the profile has no test user email',
      };
    const expected = `the signed-in user's email ${who.email} in the body`;
    return body.toLowerCase().includes(who.email.toLowerCase())
      ? { ok: true, expected }
      : { ok: false, expected, problem: `its body does not name the signed-in user's email ${who.email}` };
  }
  if (forUser === 'none') {
    const expected = 'an answer that differs from the signed-out one (the route names nobody: forUser none)';
    if (!signedOut) return { ok: false, expected, problem: 'the signed-out answer was not fetched' };
    const same = signedOut.status === evidence.status && signedOut.bodyExcerpt === body;
    return same
      ? {
          ok: false,
          expected,
          problem: `it answers exactly what a signed-out caller gets (${signedOut.status}, same body)`,
        }
      : { ok: true, expected };
  }
  if ('jsonPath' in forUser) {
    const expected = `${forUser.jsonPath} in the JSON body equal to ${describe(who)}`;
    const value = valueAtJsonPath(body, forUser.jsonPath);
    if (isWho(value, who)) return { ok: true, expected };
    return {
      ok: false,
      expected,
      problem:
        value === undefined
          ? `its body has no ${forUser.jsonPath} (or is not JSON)`
          : `${forUser.jsonPath} is ${JSON.stringify(value).slice(0, 80)}`,
    };
  }
  const name = forUser.header.toLowerCase();
  const expected = `a ${name} header equal to ${describe(who)}`;
  const value = Object.entries(evidence.headers).find(([key]) => key.toLowerCase() === name)?.[1];
  if (isWho(value, who)) return { ok: true, expected };
  return {
    ok: false,
    expected,
    problem: value === undefined ? `it sent no ${name} header` : `${name} is ${JSON.stringify(value.slice(0, 80))}`,
  };
}
