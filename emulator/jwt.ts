/**
 * RS256 JWTs with node:crypto only. One RSA-2048 key (e = 65537) per emulator run signs session
 * tokens, handshake payloads and dev-browser tokens; its public half is served as JWKS.
 */
import { generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';

import { alphanumeric } from './keys.ts';

export interface RsaPublicJwk {
  use: 'sig';
  kty: 'RSA';
  kid: string;
  alg: 'RS256';
  n: string;
  e: string;
}

export interface SigningKey {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
  publicJwk: RsaPublicJwk;
  /** SPKI PEM of the public key: what Clerk calls the "JWT public key" (CLERK_JWT_KEY). */
  publicPem: string;
}

export type JwtPayload = Record<string, unknown>;

export function createSigningKey(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048, publicExponent: 65537 });
  // Clerk's key ids are instance ids (`ins_...`); @clerk/backend caches JWKS per kid.
  const kid = `ins_${alphanumeric(27)}`;
  const { n, e } = publicKey.export({ format: 'jwk' });
  if (!n || !e) throw new Error('RSA key export produced no modulus/exponent');
  return {
    kid,
    privateKey,
    publicKey,
    publicJwk: { use: 'sig', kty: 'RSA', kid, alg: 'RS256', n, e },
    publicPem: publicKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}

export function jwks(key: SigningKey): { keys: RsaPublicJwk[] } {
  return { keys: [key.publicJwk] };
}

const b64url = (data: string | Buffer): string => Buffer.from(data).toString('base64url');

/**
 * RS256 (PKCS#1 v1.5) is deterministic: the same header and claims always give the same signature.
 * Claims change at most once a second (iat), yet clerk-js asks for a session's token on every
 * GET /v1/client and /tokens call, so recent signatures are remembered instead of recomputed: an
 * RSA-2048 signature was the emulator's largest cost under load (bench/). Bounded per key.
 */
const SIGNATURE_CACHE_SIZE = 512;
const signatures = new WeakMap<SigningKey, Map<string, string>>();

export function signJwt(key: SigningKey, payload: JwtPayload, header: Record<string, string> = {}): string {
  const head = b64url(JSON.stringify({ alg: 'RS256', kid: key.kid, typ: 'JWT', ...header }));
  const body = b64url(JSON.stringify(payload));
  const input = `${head}.${body}`;
  let cache = signatures.get(key);
  if (!cache) signatures.set(key, (cache = new Map()));
  let signature = cache.get(input);
  if (signature === undefined) {
    signature = b64url(sign('sha256', Buffer.from(input), key.privateKey));
    if (cache.size >= SIGNATURE_CACHE_SIZE) cache.clear();
    cache.set(input, signature);
  }
  return `${input}.${signature}`;
}

/** Header and payload of a compact JWT, without checking anything. */
export function decodeJwt(token: string): { header: JwtPayload; payload: JwtPayload } | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const header = JSON.parse(Buffer.from(parts[0] ?? '', 'base64url').toString('utf8')) as unknown;
    const payload = JSON.parse(Buffer.from(parts[1] ?? '', 'base64url').toString('utf8')) as unknown;
    if (!isObject(header) || !isObject(payload)) return null;
    return { header, payload };
  } catch {
    return null;
  }
}

/** Tokens already verified (dev-browser tokens come with every FAPI request); bounded per key. */
const verified = new WeakMap<SigningKey, Map<string, JwtPayload>>();

/** Payload of a token signed by `key` (RS256, matching kid), else null. Claims are the caller's business. */
export function verifyJwt(key: SigningKey, token: string): JwtPayload | null {
  let cache = verified.get(key);
  if (!cache) verified.set(key, (cache = new Map()));
  const known = cache.get(token);
  if (known) return { ...known };
  const decoded = decodeJwt(token);
  if (!decoded || decoded.header.alg !== 'RS256' || decoded.header.kid !== key.kid) return null;
  const [head, body, signature] = token.split('.') as [string, string, string];
  const ok = verify('sha256', Buffer.from(`${head}.${body}`), key.publicKey, Buffer.from(signature, 'base64url'));
  if (!ok) return null;
  if (cache.size >= SIGNATURE_CACHE_SIZE) cache.clear();
  cache.set(token, decoded.payload);
  return { ...decoded.payload };
}

function isObject(value: unknown): value is JwtPayload {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
