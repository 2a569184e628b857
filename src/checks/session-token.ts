// The session token the browser holds: short-lived (Clerk's default is 60 s; a long-lived token survives
// sign-out and theft), and issued for the target's origin (azp), which the backend can enforce with
// authorizedParties: a genuine token issued for another origin is refused.
import { numericClaim, type JwtClaims } from '../tokens/jwt.ts';
import type { ResponseEvidence } from './evidence.ts';
import { judgeTokenRefused, type RefusedToken } from './forged-token.ts';
import type { RouteUnderTest } from './protected-route.ts';
import type { Verdict } from './verdict.ts';
import { fixFor } from './framework.ts';

const ID = 'auth.session-token.bounded';

/** What verifies the session token: Clerk's middleware, or @clerk/backend without one. */
const verifier = () =>
  fixFor({
    nextjs: 'clerkMiddleware()',
    express: 'clerkMiddleware()',
    generic: "@clerk/backend's authenticateRequest() / verifyToken()",
    any: 'clerkMiddleware()',
  });

const withParties = (origins: readonly string[]) => {
  const parties = `authorizedParties: [${origins.map((o) => `'${o}'`).join(', ')}]`;
  return fixFor({
    nextjs: `clerkMiddleware({ ${parties} })`,
    express: `clerkMiddleware({ ${parties} })`,
    generic: `${parties} in @clerk/backend's authenticateRequest() / verifyToken()`,
    any: `clerkMiddleware({ ${parties} })`,
  });
};

export function judgeTokenLifetime(
  claims: JwtClaims | null,
  context: { url: string; maxSeconds: number; source: string },
): Verdict {
  const base = {
    id: ID,
    title: `the session token lives at most ${context.maxSeconds} s`,
    url: context.url,
    expected: `exp - iat <= ${context.maxSeconds} s`,
  } as const;
  if (!claims)
    return {
      ...base,
      pass: false,
      actual: `${context.source}: no readable session token`,
      fix: '',
      skip: `No session token to inspect (${context.source}).`,
    };
  const exp = numericClaim(claims, 'exp');
  const iat = numericClaim(claims, 'iat');
  if (exp === undefined || iat === undefined) {
    return {
      ...base,
      pass: false,
      actual: `${context.source}: a token without exp/iat`,
      fix: 'A session token must carry exp and iat: is this a Clerk session token?',
    };
  }
  const lifetime = exp - iat;
  const actual = `${context.source}: lifetime ${lifetime} s (iat ${iat}, exp ${exp})`;
  if (lifetime <= context.maxSeconds) return { ...base, pass: true, actual, fix: '' };
  return {
    ...base,
    pass: false,
    actual,
    fix: `Session tokens outlive sign-out and are usable by whoever steals one until they expire. Set the token lifetime back to 60 s (Clerk Dashboard → Sessions → "Session token lifetime"; a custom JWT template does not change the session token). If ${lifetime} s is a deliberate choice, raise CGL_MAX_TOKEN_LIFETIME.`,
  };
}

export function judgeTokenAzp(
  claims: JwtClaims | null,
  context: { url: string; origins: readonly string[]; source: string },
): Verdict {
  const base = {
    id: ID,
    title: "the session token is issued for the target's origin (azp)",
    url: context.url,
    expected: `azp absent or one of ${context.origins.join(', ')}`,
  } as const;
  if (!claims)
    return {
      ...base,
      pass: false,
      actual: `${context.source}: no readable session token`,
      fix: '',
      skip: `No session token to inspect (${context.source}).`,
    };
  const azp = claims.azp;
  if (azp === undefined)
    return {
      ...base,
      pass: true,
      actual: `${context.source}: no azp claim`,
      fix: `Tokens without azp cannot be tied to an origin: pass authorizedParties to ${verifier()} anyway.`,
    };
  const actual = `${context.source}: azp ${JSON.stringify(azp)}`;
  if (typeof azp === 'string' && context.origins.includes(azp)) return { ...base, pass: true, actual, fix: '' };
  return {
    ...base,
    pass: false,
    actual,
    fix: `The browser's token names another origin. If the app is also served from ${String(azp)}, list it in CGL_AUTHORIZED_ORIGINS; otherwise the Frontend API is being reached from a page it should not be, and ${withParties(context.origins)} makes the backend refuse such tokens.`,
  };
}

const AUTHORIZED_PARTIES_FIX = () =>
  fixFor({
    nextjs:
      "Pass the app's own origins to Clerk: clerkMiddleware({ authorizedParties: ['https://app.example.com'] }) " +
      'in middleware.ts / proxy.ts. Without it a token issued to any page that can reach your Frontend API is accepted.',
    express:
      "Pass the app's own origins to Clerk: app.use(clerkMiddleware({ authorizedParties: " +
      "['https://app.example.com'] })). Without it a token issued to any page that can reach your Frontend API is accepted.",
    generic:
      "Pass the app's own origins as authorizedParties to authenticateRequest() / verifyToken() from " +
      '@clerk/backend. Without it a token issued to any page that can reach your Frontend API is accepted.',
    any:
      "Pass the app's own origins to Clerk: clerkMiddleware({ authorizedParties: " +
      "['https://app.example.com'] }) (Next.js and Express), or authorizedParties in " +
      'authenticateRequest() / verifyToken() from @clerk/backend. Without it a token issued to ' +
      'any page that can reach your Frontend API is accepted.',
  });

/**
 * A genuine session token (the instance's signature, the user's session) whose `azp` names another origin:
 * the backend must refuse it. `foreignOrigin` is the origin the token was issued for.
 */
export function judgeForeignOriginTokenRefused(
  evidence: ResponseEvidence,
  route: RouteUnderTest,
  context: { foreignOrigin: string; paths: { signIn: string }; signedOut?: ResponseEvidence },
): Verdict {
  const token: RefusedToken = {
    id: ID,
    noun: 'a genuine session token issued for another origin',
    claim: `azp ${context.foreignOrigin}, signed by the instance`,
    attack:
      `any page that can get the user's token from the Frontend API (another site, a sibling ` +
      `subdomain) can call this API as the user`,
    fix: AUTHORIZED_PARTIES_FIX(),
    transport: 'bearer',
  };
  return judgeTokenRefused(evidence, route, token, context);
}
