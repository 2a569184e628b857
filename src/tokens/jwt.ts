// Reading and re-assembling compact JWTs (header.payload.signature) without verifying them: the suite
// inspects the target's own tokens and builds forged ones from them. Pure: no I/O.
export type JwtClaims = Record<string, unknown>;

export interface DecodedJwt {
  header: JwtClaims;
  payload: JwtClaims;
  /** The three base64url parts as they came. */
  parts: [string, string, string];
}

export const b64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');
export const encodePart = (value: JwtClaims) => b64url(JSON.stringify(value));

/** Decodes a compact JWT, or returns null when it is not one. */
export function decodeJwt(token: string): DecodedJwt | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const [header, payload] = parts
      .slice(0, 2)
      .map((part) => JSON.parse(Buffer.from(part, 'base64url').toString('utf8')) as unknown);
    if (!isObject(header) || !isObject(payload)) return null;
    return { header, payload, parts: parts as [string, string, string] };
  } catch {
    return null;
  }
}

function isObject(value: unknown): value is JwtClaims {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A numeric claim (exp, iat, nbf), or undefined. */
export function numericClaim(claims: JwtClaims, name: string): number | undefined {
  const value = claims[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}
