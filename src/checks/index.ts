export type { Verdict } from './verdict.ts';
export { cap, PRINT_CAP } from './verdict.ts';
export type { ResponseEvidence } from './evidence.ts';
export { describeResponse, locationURL, pathOf } from './evidence.ts';
export {
  areaTag,
  CATALOG,
  CHECKS,
  isCheckId,
  SEVERITIES,
  type CheckId,
  type CheckRow,
  type CheckTag,
  type Severity,
} from './catalog.ts';
export { CHECKLIST_SECTIONS, isChecklistSection, type ChecklistSection } from './checklist.ts';
export { parseCsp, isBroadSource, type CspPolicy } from './csp.ts';
export {
  AUTH_HEADER_PREFIX,
  AUTH_REASON_HEADER,
  AUTH_STATUS_HEADER,
  clerkSaysSignedOut,
  DEFAULT_ALLOWED,
  DEFAULT_DENIED,
  deniedExpectation,
  isBare404,
  isHandshake,
  isProtectRewrite,
  isSignIn,
  isSignInOrHandshake,
  PROTECT_REWRITE,
  SIGNED_OUT,
} from './clerk-signals.ts';
export { judgeFrameProtection } from './frame-protection.ts';
export { judgeNosniff } from './nosniff.ts';
export { judgeHsts, type HstsPolicy } from './hsts.ts';
export { judgeSignedOutDenied, judgeSignedInAllowed, type RouteUnderTest } from './protected-route.ts';
export {
  BAD_SIGNATURE,
  judgeWebhookAccepted,
  judgeWebhookRejected,
  reachedHandler,
  type RejectedCase,
  type TimedOut,
} from './webhook.ts';
export { REJECTED_CASES } from './webhook-cases.ts';
export { blockedBy, judgeRouteReachable, publicPatternFor } from './webhook-route.ts';
export { judgeAppliedOnce, judgeSideEffect, probeState, type ProbeState } from './webhook-effects.ts';
export { webhookGetFinding, webhookHeadersFinding } from './webhook-findings.ts';
export { judgeForgedTokenDenied, type TokenTransport } from './forged-token.ts';
export { judgeTokenLifetime, judgeTokenAzp, judgeForeignOriginTokenRefused } from './session-token.ts';
export { judgeAfterSignInDestination, judgeNoOpenRedirect, type RedirectEvidence } from './open-redirect.ts';
export {
  isSignedInAnswer,
  judgeNoSharedCache,
  judgeNoSignedInContentAfterSignOut,
  sharedCachePermission,
} from './shared-cache.ts';
export { judgeCorsCredentials } from './cors.ts';
export { judgePublicSignedOut } from './public-route.ts';
export { judgeProtectedPageSignedOut } from './protected-page.ts';
export { judgeSignedOut, type SignOutEvidence } from './sign-out.ts';
// Hardening judges (issue 6).
export { judgeCsp, type CspJudgeOptions } from './csp-policy.ts';
export { judgeCspClerk, type ClerkCspTarget } from './csp-clerk.ts';
export { judgeCspViolations, type CspViolation } from './csp-violations.ts';
export {
  effectiveSources,
  isStrictDynamic,
  policyAllows,
  policyAllowsKeyword,
  scriptSourcesInForce,
  sourceAllows,
  trustsLoadedScripts,
} from './csp-sources.ts';
export { judgeReferrerPolicy } from './referrer-policy.ts';
export { judgePermissionsPolicy } from './permissions-policy.ts';
export { judgeNoFingerprint } from './fingerprint.ts';
export { judgeHttpsRedirect } from './https-redirect.ts';
export { productionOverHttp, type TargetEnvironment } from './plain-http.ts';
export { judgeCookies, parseSetCookie, isClerkCookie, type CookieEvidence } from './cookies.ts';
export { judgeStaticAsset, MIN_ASSET_MAX_AGE } from './static-assets.ts';
export { judgeNoSecrets, findSecrets, sourceMapURLs, type Fetched } from './leaks.ts';
export { judgeSensitiveFile, SENSITIVE_PATHS } from './sensitive-files.ts';
export { judgeNoStackTrace, judgeNotFound, debugOutputIn } from './error-pages.ts';
export {
  judgeProductionKeys,
  judgeFapiHost,
  judgeSecretKeyInstance,
  judgeWebhookSecret,
  type BapiInstanceFacts,
} from './preflight.ts';
export { judgeProductionInstance, type ClerkInstanceFacts } from './clerk-instance.ts';
export {
  environmentFacts,
  INSTANCE_JUDGES,
  judgeInstanceAllowedOrigins,
  judgeInstanceIdentifiers,
  judgeInstancePasswordPolicy,
  judgeInstanceSecondFactor,
  judgeInstanceSessionMode,
  judgeInstanceSignUpMode,
  judgeInstanceSocialConnections,
  judgeInstanceTestMode,
  judgeInstanceType,
  SIGN_IN_IDENTIFIERS,
  type BackendInstanceFacts,
  type EnvironmentFacts,
  type InstanceAudit,
  type InstanceExpectations,
  type SecondFactorExpectation,
  type SignInIdentifier,
} from './instance-settings.ts';
export {
  judgeLatency,
  latencyResult,
  percentile,
  type LatencyCheck,
  type LatencyMeasure,
  type LatencyPlan,
  type LatencyResult,
  type LatencySample,
} from './latency.ts';
export {
  EXPORT_TIME_LIMIT_MS,
  EXPORT_USER_CAP,
  exportPageSize,
  judgeUserExport,
  type UserExportFacts,
} from './user-export.ts';
export {
  judgePublicPageCacheable,
  notCacheableBecause,
  uncacheableDirective,
  type PublicPageAnswers,
} from './public-cache.ts';
export { judgeSignUp, type SignUpFacts } from './sign-up.ts';
export {
  errorNote,
  KEPT_SHARE,
  judgeOutageFailClosed,
  judgeOutagePublicPages,
  OUTAGE_LABEL,
  type DeniedAnswer,
  type FailClosedFacts,
  type OutageMode,
  type OutagePage,
  type PublicPagesFacts,
} from './clerk-down.ts';
export { judgeOutageSignInFallback, type SignInFallbackFacts } from './clerk-down-sign-in.ts';
export { isClerkError, newLines, shareKept, splitErrors, textLines, type PageError } from './outage-text.ts';
export { advisoryHits, judgeClerkAdvisories, revealedVersions, type RevealedVersion } from './advisories.ts';
export { CLERK_ADVISORIES, type ClerkAdvisory } from './clerk-advisories.ts';
export { compareSemver, inRange, parseSemver } from './semver.ts';
export {
  CANARY_MARKER,
  PROBE_SEGMENT,
  judgeFapiProxySsrf,
  proxiesFapi,
  type CanaryHits,
  type ProxySsrfFacts,
} from './fapi-proxy-ssrf.ts';
