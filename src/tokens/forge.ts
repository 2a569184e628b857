// Forged session tokens, each a real attack on an API that verifies tokens badly. Built from a real session
// token of the target's instance where that makes the forgery sharper (same kid, same claims), so only the
// one thing under test differs. Pure apart from node:crypto: no I/O.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { b64url, decodeJwt, encodePart, type JwtClaims } from './jwt.ts';

export const FORGERY_KINDS = [
  'alg-none',
  'foreign-key',
  'tampered-sub',
  'tampered-azp',
  'expired',
  'not-yet-valid',
  'foreign-instance',
] as const;
export type ForgeryKind = (typeof FORGERY_KINDS)[number];

export interface Forgery {
  kind: ForgeryKind;
  /** What the token is, in the test title's words. */
  claim: string;
  /** What a target that accepts it lets an attacker do. */
  attack: string;
  /** What this forgery cannot prove against a real instance, when anything (shown as an annotation). */
  limit?: string;
}

export const FORGERIES: Record<ForgeryKind, Forgery> = {
  'alg-none': {
    kind: 'alg-none',
    claim: 'alg "none", no signature',
    attack: 'anyone can write a token for any user id with no key at all',
  },
  'foreign-key': {
    kind: 'foreign-key',
    claim: "signed with a key that is not the instance's",
    attack: 'anyone can sign tokens with their own key',
  },
  'tampered-sub': {
    kind: 'tampered-sub',
    claim: 'sub changed, original signature kept',
    attack: 'any signed-in user can become any other user by editing the token',
  },
  'tampered-azp': {
    kind: 'tampered-azp',
    claim: 'azp changed to another origin, original signature kept',
    attack: 'token claims are trusted without checking the signature',
  },
  expired: { kind: 'expired', claim: 'expired (a real token past its exp)', attack: 'a stolen token works forever' },
  'not-yet-valid': {
    kind: 'not-yet-valid',
    claim: 'not yet valid (nbf and iat in the future)',
    attack: 'tokens minted for later are accepted now',
    limit:
      "Only the instance's key can sign a real not-yet-valid token, and Clerk never issues one: " +
      'this token is signed with another key, so it proves the signature is checked, not that nbf ' +
      'is.',
  },
  'foreign-instance': {
    kind: 'foreign-instance',
    claim: "issued by another Clerk instance (iss and azp of another app, that instance's key)",
    attack: "tokens of any other Clerk app (a dev instance, someone else's app) open this one",
    limit:
      "Another instance signs with its own key, as this token is: it proves the issuer's key is " +
      "enforced. A token with a foreign iss/azp signed by THIS instance's key cannot be obtained.",
  },
};

const EVIL_ORIGIN = 'https://evil.example';

export function foreignSigningKey(): KeyObject {
  return generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 65537 }).privateKey;
}

function signRs256(header: JwtClaims, payload: JwtClaims, key: KeyObject): string {
  const input = `${encodePart(header)}.${encodePart(payload)}`;
  return `${input}.${b64url(sign('sha256', Buffer.from(input), key))}`;
}

/** Keeps the real signature: only the payload changes. */
function withPayload(parts: [string, string, string], payload: JwtClaims): string {
  return `${parts[0]}.${encodePart(payload)}.${parts[2]}`;
}

/** A user id of the same shape that belongs to nobody: what an attacker would swap in. */
export function otherUserId(sub: unknown): string {
  const prefix = typeof sub === 'string' && sub.includes('_') ? sub.slice(0, sub.indexOf('_') + 1) : 'user_';
  return `${prefix}cglForged0000000000000000000`;
}

/**
 * Builds the forgery from `real`, a valid session token of the instance. `expired` is the one kind that
 * cannot be made here: it is a real token minted short-lived and left to expire (the caller mints it).
 */
export function forgeToken(
  kind: Exclude<ForgeryKind, 'expired'>,
  real: string,
  options: { key?: KeyObject; nowSeconds?: number } = {},
): string {
  const decoded = decodeJwt(real);
  if (!decoded) throw new Error('forgeToken needs a compact JWT to start from');
  const { header, payload, parts } = decoded;
  const now = options.nowSeconds ?? Math.floor(Date.now() / 1000);
  const key = options.key ?? foreignSigningKey();
  switch (kind) {
    case 'alg-none':
      return `${encodePart({ ...header, alg: 'none' })}.${encodePart({ ...payload, sub: otherUserId(payload.sub) })}.`;
    case 'foreign-key':
      return signRs256(header, payload, key);
    case 'tampered-sub':
      return withPayload(parts, { ...payload, sub: otherUserId(payload.sub) });
    case 'tampered-azp':
      return withPayload(parts, { ...payload, azp: EVIL_ORIGIN });
    case 'not-yet-valid':
      return signRs256(header, { ...payload, iat: now + 3600, nbf: now + 3600, exp: now + 7200 }, key);
    case 'foreign-instance':
      return signRs256(
        { ...header, kid: 'ins_cglForeignInstance000000000' },
        { ...payload, iss: 'https://clerk.another-instance.example', azp: EVIL_ORIGIN },
        key,
      );
  }
}
