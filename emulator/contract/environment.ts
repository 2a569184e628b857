/**
 * Client.Environment (GET|PATCH /v1/environment, answered unwrapped). The spec requires nothing at
 * the top level, but every settings object it defines has required fields: those are required here.
 */
import { z } from 'zod';

import { bool, int, ms, str } from './common.ts';

const onOff = z.enum(['on', 'off', 'required']);
const enabled = z.object({ enabled: bool });

const authConfig = z.object({
  object: z.literal('auth_config'),
  id: str,
  first_name: onOff,
  last_name: onOff,
  email_address: onOff,
  phone_number: onOff,
  username: onOff,
  password: onOff,
  identification_requirements: z.array(z.array(str)),
  identification_strategies: z.array(str),
  first_factors: z.array(str),
  second_factors: z.array(str),
  email_address_verification_strategies: z.array(str),
  single_session_mode: bool,
  enhanced_email_deliverability: bool,
  test_mode: bool,
  cookieless_dev: bool.optional(),
  url_based_session_syncing: bool,
  claimed_at: ms.nullable(),
  reverification: bool,
  native_settings: z.object({
    object: z.literal('native_settings'),
    api_enabled: bool,
    trusted_device_sign_in_enabled: bool,
    trusted_device_enrollment_prompt_after_sign_in_enabled: bool,
    trusted_device_enrollment_prompt_after_sign_up_enabled: bool,
  }),
});

const nullableStr = str.nullable();
const displayConfig = z.object({
  object: z.literal('display_config'),
  id: str,
  instance_environment_type: z.enum(['production', 'development', 'staging']),
  application_name: str,
  theme: z.record(z.string(), z.unknown()),
  preferred_sign_in_strategy: z.enum(['password', 'otp']),
  logo_image_url: nullableStr.optional(),
  favicon_image_url: nullableStr.optional(),
  ...Object.fromEntries(
    [
      'home_url',
      'sign_in_url',
      'sign_up_url',
      'user_profile_url',
      'waitlist_url',
      'oauth_consent_url',
      'after_sign_in_url',
      'after_sign_up_url',
      'after_sign_out_one_url',
      'after_sign_out_all_url',
      'after_switch_session_url',
      'after_join_waitlist_url',
      'organization_profile_url',
      'create_organization_url',
      'after_leave_organization_url',
      'after_create_organization_url',
      'logo_link_url',
    ].map((k) => [k, str]),
  ),
  support_email: nullableStr,
  branded: bool,
  experimental_force_oauth_first: bool,
  clerk_js_version: nullableStr,
  show_devmode_warning: bool,
  google_one_tap_client_id: nullableStr,
  help_url: nullableStr,
  privacy_policy_url: nullableStr,
  terms_url: nullableStr,
  logo_url: nullableStr,
  favicon_url: nullableStr,
  logo_image: z.record(z.string(), z.unknown()).nullable(),
  favicon_image: z.record(z.string(), z.unknown()).nullable(),
  captcha_public_key: nullableStr,
  captcha_widget_type: z.enum(['smart', 'invisible']).nullable(),
  captcha_public_key_invisible: nullableStr,
  captcha_provider: z.literal('turnstile').nullable(),
  captcha_oauth_bypass: z.array(str),
  captcha_heartbeat: bool.nullable().optional(),
});

const attribute = z.object({
  enabled: bool,
  required: bool,
  used_for_first_factor: bool,
  first_factors: z.array(str),
  used_for_second_factor: bool,
  second_factors: z.array(str),
  verifications: z.array(str),
  verify_at_sign_up: bool,
  immutable: bool,
});
const attributeNames = [
  'email_address',
  'phone_number',
  'username',
  'web3_wallet',
  'first_name',
  'last_name',
  'password',
  'authenticator_app',
  'ticket',
  'backup_code',
  'passkey',
] as const;

const userSettings = z.object({
  attributes: z.object(Object.fromEntries(attributeNames.map((n) => [n, attribute]))),
  social: z.record(z.string(), z.record(z.string(), z.unknown())),
  saml: z.object({ enabled: bool, self_serve_sso: bool.optional() }),
  enterprise_sso: z.object({ enabled: bool, self_serve_sso: bool.optional() }),
  sign_in: z.object({ second_factor: z.object({ required: bool }) }),
  sign_up: z.object({
    captcha_enabled: bool,
    captcha_widget_type: z.enum(['smart', 'invisible']),
    custom_action_required: bool,
    progressive: bool,
    mode: z.enum(['public', 'restricted', 'waitlist']),
    legal_consent_enabled: bool,
  }),
  restrictions: z.object({
    allowlist: enabled,
    blocklist: enabled,
    allowlist_blocklist_disabled_on_sign_in: enabled,
    block_email_subaddresses: enabled,
    block_disposable_email_domains: enabled,
  }),
  password_settings: z.object({
    disable_hibp: bool,
    disable_password_reverification: bool,
    min_length: int,
    max_length: int,
    require_special_char: bool,
    require_numbers: bool,
    require_uppercase: bool,
    require_lowercase: bool,
    show_zxcvbn: bool,
    min_zxcvbn_strength: int,
    enforce_hibp_on_sign_in: bool,
    allowed_special_characters: str,
  }),
  username_settings: z.object({
    min_length: int.nullable(),
    max_length: int.nullable(),
    allow_extended_special_characters: bool,
    allow_numeric_usernames: bool,
  }),
  actions: z.object({ delete_self: bool, create_organization: bool, create_organizations_limit: bool.nullable() }),
  attack_protection: z.object({
    user_lockout: z.object({ enabled: bool, max_attempts: int, duration_in_minutes: int }),
    pii: enabled,
    email_link: z.object({ require_same_client: bool }),
    enumeration_protection: enabled,
  }),
  passkey_settings: z.object({ allow_autofill: bool, show_sign_in_button: bool, satisfies_second_factor: bool }),
});

const organizationSettings = z.object({
  enabled: bool,
  max_allowed_memberships: int,
  actions: z.object({ admin_delete: bool }),
  domains: z.object({
    enabled: bool,
    enrollment_modes: z.array(z.enum(['manual_invitation', 'automatic_invitation', 'automatic_suggestion'])),
    default_role: str,
  }),
  slug: z.object({ disabled: bool }).optional(),
  creator_role: str,
});

const billingScope = z.object({ enabled: bool.optional(), has_paid_plans: bool.optional() });

export const environment = z.object({
  auth_config: authConfig.optional(),
  display_config: displayConfig.optional(),
  user_settings: userSettings.optional(),
  organization_settings: organizationSettings.optional(),
  fraud_settings: z
    .object({
      object: z.literal('fraud_settings').optional(),
      native: z.object({ device_attestation_mode: z.enum(['disabled', 'onboarding', 'enforced']) }),
    })
    .optional(),
  commerce_settings: z
    .object({
      billing: z.object({
        stripe_publishable_key: str.nullable().optional(),
        free_trial_requires_payment_method: bool.optional(),
        user: billingScope.optional(),
        organization: billingScope.optional(),
      }),
    })
    .optional(),
  api_keys_settings: z.object({ enabled: bool, user_api_keys_enabled: bool, orgs_api_keys_enabled: bool }).optional(),
  protect_config: z.object({ loaders: z.array(z.unknown()).optional() }).optional(),
  client_debug_mode: bool.optional(),
  partitioned_cookies: bool.optional(),
  maintenance_mode: bool.optional(),
});
