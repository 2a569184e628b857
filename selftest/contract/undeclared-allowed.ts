/**
 * Fields the emulator sends that emulator/contract does not declare, each reviewed: why it is sent although
 * Clerk's published spec does not list it. The contract fixture fails on any undeclared field not listed here,
 * so an invented field cannot slip in unseen. Keys are `<SURFACE> <METHOD> <route pattern>: <JSON path>`.
 * Readers were checked in the pinned clerk-js 6.40 and @clerk/ui 1.36 bundles.
 */

/** Environment fields (GET and PATCH /v1/environment answer the same resource). */
const ENVIRONMENT: Record<string, string> = {
  id: 'not in the spec (Client.Environment has no id); @clerk/shared types it via ClerkResourceJSON, but no reader found in clerk-js 6.40 (Environment.fromJSON skips it) — candidate for removal from the emulator',
  object:
    'not in the spec (Client.Environment has no object); @clerk/shared types it via ClerkResourceJSON, but no reader found in clerk-js 6.40 (Environment.fromJSON skips it) — candidate for removal from the emulator',
  'auth_config.preferred_channels':
    'read by clerk-js 6.40 (AuthConfig.preferredChannels) and @clerk/ui 1.36 (SignIn/SignUp phone channel) although the spec omits it',
  'organization_settings.force_organization_selection':
    'read by clerk-js 6.40 (OrganizationSettings.forceOrganizationSelection) and @clerk/ui 1.36 (OrganizationList/Switcher hide personal workspace) although the spec omits it',
  'organization_settings.organization_creation_defaults':
    'read by clerk-js 6.40 (OrganizationSettings.organizationCreationDefaults.enabled) although the spec omits it',
  'user_settings.sign_in.second_factor.enabled':
    'not in the spec (UserSettings.SignIn.second_factor has only required); typed in @clerk/shared SignInData and defaulted by clerk-js 6.40 UserSettings, but no reader found — candidate for removal from the emulator',
  'user_settings.sign_up.mfa':
    'read by @clerk/ui 1.36 (UserProfile MfaSection: userSettings.signUp.mfa?.required) although the spec omits it',
};

export const UNDECLARED_ALLOWED: Record<string, string> = {
  ...Object.fromEntries(
    ['GET', 'PATCH'].flatMap((method) =>
      Object.entries(ENVIRONMENT).map(([path, why]) => [`FAPI ${method} /v1/environment: ${path}`, why]),
    ),
  ),
  'FAPI POST /v1/dev_browser: created_at':
    'not in the spec (POST /v1/dev_browser has no response schema); no reader found in clerk-js 6.40 (it keeps only id) — candidate for removal from the emulator',
  'FAPI POST /v1/dev_browser: updated_at':
    'not in the spec (POST /v1/dev_browser has no response schema); no reader found in clerk-js 6.40 (it keeps only id) — candidate for removal from the emulator',
};
