/**
 * GET|PATCH /v1/environment (Client.Environment in the FAPI spec): the instance the configuration file
 * describes (instance-config.ts; by default email address + password sign-in, email and phone codes, no social
 * providers), no organizations, no billing, no captcha. clerk-js replaces its attribute defaults wholesale
 * when `attributes` is present, so every attribute the UI reads is listed.
 */
import type { EmulatorContext } from '../context.ts';
import type { InstanceSettings } from '../instance-config.ts';

function attribute(enabled: boolean, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    enabled,
    required: false,
    used_for_first_factor: false,
    first_factors: [],
    used_for_second_factor: false,
    second_factors: [],
    verifications: [],
    verify_at_sign_up: false,
    immutable: false,
    ...extra,
  };
}

/** Client.AuthConfig's per-attribute setting: 'on' | 'off' | 'required'. */
const onOff = (attribute: { enabled: boolean; required: boolean }) =>
  attribute.enabled ? (attribute.required ? 'required' : 'on') : 'off';

/** The auth_config fields the instance settings decide. */
function authConfigSettings(instance: InstanceSettings) {
  const { emailAddress, phoneNumber, username, password } = instance.attributes;
  const identifiers = (
    [
      ['email_address', emailAddress],
      ['phone_number', phoneNumber],
      ['username', username],
    ] as const
  )
    .filter(([, attribute]) => attribute.firstFactor)
    .map(([name]) => name);
  return {
    email_address: onOff(emailAddress),
    phone_number: onOff(phoneNumber),
    username: onOff(username),
    password: onOff(password),
    identification_requirements: identifiers.map((name) => [name]),
    identification_strategies: identifiers,
    first_factors: [
      ...(password.enabled ? ['password'] : []),
      ...(emailAddress.firstFactor ? ['email_code'] : []),
      ...(phoneNumber.firstFactor ? ['phone_code'] : []),
      'ticket',
    ],
    second_factors: secondFactors(instance),
    test_mode: instance.testMode,
  };
}

function secondFactors(instance: InstanceSettings): string[] {
  const { phoneNumber, authenticatorApp, backupCode } = instance.attributes;
  return [
    ...(phoneNumber.secondFactor ? ['phone_code'] : []),
    ...(authenticatorApp.enabled ? ['totp'] : []),
    ...(backupCode.enabled ? ['backup_code'] : []),
  ];
}

/**
 * user_settings.social: one entry per enabled provider, keyed by its strategy (oauth_google), as clerk-js's
 * UserSettings reads it (entries with `enabled`, their `strategy`). The other fields are assumed from Clerk's
 * Dashboard (the spec types the entries as free-form objects).
 */
function socialSettings(providers: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(
    providers.map((provider) => [
      `oauth_${provider}`,
      {
        enabled: true,
        required: false,
        authenticatable: true,
        block_email_subaddresses: false,
        strategy: `oauth_${provider}`,
        not_selectable: false,
        deprecated: false,
        name: provider.charAt(0).toUpperCase() + provider.slice(1),
        logo_url: null,
      },
    ]),
  );
}

export function environmentJson(ctx: EmulatorContext): Record<string, unknown> {
  const development = ctx.config.kind === 'development';
  const { instance } = ctx.config;
  const { emailAddress, phoneNumber, username, password, authenticatorApp, backupCode } = instance.attributes;
  // The Account Portal of a dev instance lives on the FAPI host minus its `clerk.` label; apps set their own URLs.
  const accounts = `https://accounts.${ctx.config.host.replace(/^clerk\./, '')}`;
  return {
    object: 'environment',
    id: 'env_clerk_go_live',
    auth_config: {
      object: 'auth_config',
      id: 'aac_clerk_go_live',
      single_session_mode: ctx.config.singleSession,
      claimed_at: null,
      reverification: false,
      preferred_channels: null,
      // Required by the spec (Client.AuthConfig); clerk-js reads only the fields above.
      first_name: 'off',
      last_name: 'off',
      ...authConfigSettings(instance),
      email_address_verification_strategies: ['email_code'],
      enhanced_email_deliverability: false,
      url_based_session_syncing: development,
      native_settings: {
        object: 'native_settings',
        api_enabled: false,
        trusted_device_sign_in_enabled: false,
        trusted_device_enrollment_prompt_after_sign_in_enabled: false,
        trusted_device_enrollment_prompt_after_sign_up_enabled: false,
      },
    },
    display_config: {
      object: 'display_config',
      id: 'display_config_clerk_go_live',
      instance_environment_type: ctx.config.kind,
      application_name: 'clerk-go-live emulator',
      theme: {
        buttons: { font_color: '#ffffff', font_family: '', font_weight: '600' },
        general: {
          color: '#6c47ff',
          padding: '1em',
          box_shadow: '',
          font_color: '#151515',
          font_family: '',
          border_radius: '0.5em',
          background_color: '#ffffff',
          label_font_weight: '600',
        },
        accounts: { background_color: '#ffffff' },
      },
      preferred_sign_in_strategy: 'password',
      logo_image_url: '',
      favicon_image_url: '',
      home_url: accounts,
      sign_in_url: `${accounts}/sign-in`,
      sign_up_url: `${accounts}/sign-up`,
      user_profile_url: `${accounts}/user`,
      waitlist_url: `${accounts}/waitlist`,
      oauth_consent_url: `${accounts}/oauth-consent`,
      logo_link_url: accounts,
      after_sign_in_url: accounts,
      after_sign_up_url: accounts,
      after_sign_out_one_url: `${accounts}/sign-in/choose`,
      after_sign_out_all_url: `${accounts}/sign-in`,
      after_switch_session_url: accounts,
      after_join_waitlist_url: accounts,
      organization_profile_url: `${accounts}/organization`,
      create_organization_url: `${accounts}/create-organization`,
      after_leave_organization_url: accounts,
      after_create_organization_url: accounts,
      support_email: null,
      branded: false,
      experimental_force_oauth_first: false,
      clerk_js_version: null,
      show_devmode_warning: development,
      google_one_tap_client_id: null,
      help_url: null,
      privacy_policy_url: null,
      terms_url: null,
      logo_url: null,
      favicon_url: null,
      logo_image: null,
      favicon_image: null,
      captcha_public_key: null,
      captcha_widget_type: null,
      captcha_public_key_invisible: null,
      captcha_provider: null,
      captcha_oauth_bypass: [],
      captcha_heartbeat: false,
    },
    user_settings: {
      attributes: {
        email_address: emailAddress.enabled
          ? attribute(true, {
              required: emailAddress.required,
              used_for_first_factor: emailAddress.firstFactor,
              first_factors: emailAddress.firstFactor ? ['email_code'] : [],
              verifications: ['email_code'],
              verify_at_sign_up: true,
            })
          : attribute(false),
        phone_number: phoneNumber.enabled
          ? attribute(true, {
              required: phoneNumber.required,
              used_for_first_factor: phoneNumber.firstFactor,
              first_factors: phoneNumber.firstFactor ? ['phone_code'] : [],
              used_for_second_factor: phoneNumber.secondFactor,
              second_factors: phoneNumber.secondFactor ? ['phone_code'] : [],
              verifications: ['phone_code'],
            })
          : attribute(false),
        username: username.enabled
          ? attribute(true, { required: username.required, used_for_first_factor: username.firstFactor })
          : attribute(false),
        web3_wallet: attribute(false),
        first_name: attribute(false),
        last_name: attribute(false),
        password: attribute(password.enabled, { required: password.enabled && password.required }),
        authenticator_app: authenticatorApp.enabled
          ? attribute(true, { used_for_second_factor: true, second_factors: ['totp'] })
          : attribute(false),
        ticket: attribute(false),
        backup_code: backupCode.enabled
          ? attribute(true, { used_for_second_factor: true, second_factors: ['backup_code'] })
          : attribute(false),
        passkey: attribute(false),
      },
      social: socialSettings(instance.socialConnections),
      saml: { enabled: false },
      enterprise_sso: { enabled: false },
      sign_in: {
        second_factor: { required: instance.secondFactor.required, enabled: secondFactors(instance).length > 0 },
      },
      sign_up: {
        captcha_enabled: false,
        captcha_widget_type: 'smart',
        custom_action_required: false,
        progressive: true,
        mode: instance.signUpMode,
        legal_consent_enabled: false,
        mfa: { required: instance.secondFactor.required },
      },
      restrictions: {
        allowlist: { enabled: false },
        blocklist: { enabled: false },
        allowlist_blocklist_disabled_on_sign_in: { enabled: false },
        block_email_subaddresses: { enabled: false },
        block_disposable_email_domains: { enabled: false },
      },
      password_settings: {
        disable_hibp: !instance.passwordPolicy.breachDetection,
        disable_password_reverification: false,
        min_length: instance.passwordPolicy.minLength,
        max_length: 72,
        require_special_char: false,
        require_numbers: false,
        require_uppercase: false,
        require_lowercase: false,
        show_zxcvbn: false,
        min_zxcvbn_strength: 0,
        enforce_hibp_on_sign_in: false,
        allowed_special_characters: '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~',
      },
      username_settings: {
        min_length: 4,
        max_length: 64,
        allow_extended_special_characters: false,
        allow_numeric_usernames: false,
      },
      actions: { delete_self: true, create_organization: false, create_organizations_limit: null },
      attack_protection: {
        user_lockout: { enabled: false, max_attempts: 100, duration_in_minutes: 60 },
        pii: { enabled: false },
        email_link: { require_same_client: false },
        enumeration_protection: { enabled: false },
      },
      passkey_settings: { allow_autofill: false, show_sign_in_button: false, satisfies_second_factor: false },
    },
    organization_settings: {
      enabled: false,
      max_allowed_memberships: 5,
      force_organization_selection: false,
      actions: { admin_delete: true },
      domains: { enabled: false, enrollment_modes: [], default_role: 'org:member' },
      slug: { disabled: false },
      organization_creation_defaults: { enabled: false },
      creator_role: 'org:admin',
    },
    fraud_settings: { native: { device_attestation_mode: 'disabled' } },
    commerce_settings: {
      billing: {
        stripe_publishable_key: null,
        user: { enabled: false, has_paid_plans: false },
        organization: { enabled: false, has_paid_plans: false },
      },
    },
    api_keys_settings: { enabled: false, user_api_keys_enabled: false, orgs_api_keys_enabled: false },
    // Omitted, not null: the spec types it as an object (clerk-js treats absent and null alike).
    client_debug_mode: false,
    partitioned_cookies: false,
    maintenance_mode: false,
  };
}
