/** Client.SignUp in the FAPI spec. The password itself is never serialized, only whether one is set. */
import { missingFields, unverifiedFields } from '../flows/sign-up.ts';
import type { SignUpRecord } from '../state/sign-ups.ts';

export function signUpJson(signUp: SignUpRecord): Record<string, unknown> {
  const v = signUp.emailVerification;
  return {
    object: 'sign_up_attempt',
    id: signUp.id,
    status: signUp.status,
    required_fields: ['email_address', 'password'],
    optional_fields: ['first_name', 'last_name'],
    missing_fields: signUp.status === 'complete' ? [] : missingFields(signUp),
    unverified_fields: signUp.status === 'complete' ? [] : unverifiedFields(signUp),
    verifications: {
      email_address: v
        ? {
            object: 'verification_otp',
            status: v.status,
            strategy: v.strategy,
            attempts: v.attempts,
            expire_at: v.expireAt,
            next_action: v.status === 'verified' ? '' : 'needs_attempt',
            supported_strategies: ['email_code'],
          }
        : signUp.emailAddress
          ? {
              object: 'verification_otp',
              status: 'unverified',
              strategy: null,
              attempts: null,
              expire_at: null,
              next_action: 'needs_prepare',
              supported_strategies: ['email_code'],
            }
          : null,
      phone_number: null,
      web3_wallet: null,
      external_account: null,
    },
    username: null,
    email_address: signUp.emailAddress,
    phone_number: null,
    web3_wallet: null,
    password_enabled: signUp.password !== null || signUp.status === 'complete',
    first_name: signUp.firstName,
    last_name: signUp.lastName,
    unsafe_metadata: signUp.unsafeMetadata,
    public_metadata: {},
    custom_action: false,
    external_id: null,
    created_session_id: signUp.createdSessionId,
    created_user_id: signUp.createdUserId,
    abandon_at: signUp.abandonAt,
    legal_accepted_at: null,
  };
}
