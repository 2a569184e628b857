// Instance faults: the Clerk instance, not the app, is misconfigured (a Dashboard setting left wrong). They are
// emulator settings: emulatorEnvForFaults (targets/shared/auth-faults.ts) hands each one's instance settings to
// the emulator as CGL_EMULATOR_INSTANCE (emulator/instance-config.ts), and the instance settings audit
// (tests/preflight/instance-settings.spec.ts) must catch it against the embedded profile's stated instance.
// Pure data: targets/faults.ts (imported by the edge middleware) composes this file.
import { ALL_APPS, type Fault } from './fault.ts';

export const INSTANCE_FAULTS = [
  {
    id: 'instance-username-enabled',
    area: 'preflight',
    description:
      'The instance also lets users sign in with a username, which the profile does not expect (emulator setting ' +
      'attributes.username).',
    caughtBy: 'preflight.instance-identifiers',
    apps: ALL_APPS,
  },
  {
    id: 'instance-password-min-6',
    area: 'preflight',
    description:
      'The instance accepts 6-character passwords; the profile states 8 (emulator setting passwordPolicy.minLength).',
    caughtBy: 'preflight.instance-password-policy',
    apps: ALL_APPS,
  },
  {
    id: 'instance-allowed-origin-wildcard',
    area: 'preflight',
    description:
      "The instance's allowed_origins holds the wildcard https://*, so any https site may call its Frontend API " +
      '(emulator setting allowedOrigins).',
    caughtBy: 'preflight.instance-allowed-origins',
    apps: ALL_APPS,
    instance: 'production',
  },
  {
    id: 'instance-multi-session',
    area: 'preflight',
    description:
      'The instance runs in multi-session mode where the profile states single-session (emulator setting sessionMode).',
    caughtBy: 'preflight.instance-session-mode',
    apps: ALL_APPS,
    // Multi-session: the sign-in page offers a signed-in visitor "add account" instead of sending them on, so
    // "GET /sign-in signed in -> lands on the after-sign-in path" (auth.sign-in) fails too.
    masks: ['auth'],
  },
  {
    id: 'instance-test-mode-on-production',
    area: 'preflight',
    description:
      'The production instance has test mode on: +clerk_test addresses and code 424242 sign anyone in ' +
      '(emulator setting testMode).',
    caughtBy: 'preflight.instance-test-mode',
    apps: ALL_APPS,
    instance: 'production',
  },
  {
    id: 'users-export-pagination-broken',
    area: 'preflight',
    description:
      "The Backend API's GET /v1/users ignores offset: every page is the first, so an export repeats users and " +
      'never reaches the rest (emulator defect users-list-ignores-offset).',
    caughtBy: 'preflight.user-export',
    apps: ALL_APPS,
  },
] as const satisfies readonly Fault[];

/** Each emulator defect fault's defect (emulator/context.ts EMULATOR_DEFECTS), handed over as CGL_EMULATOR_DEFECTS. */
export const DEFECT_FAULTS: Record<string, string> = {
  'users-export-pagination-broken': 'users-list-ignores-offset',
};

/** Each instance fault's emulator instance settings (the shape of emulator/instance-config.ts). */
export const INSTANCE_FAULT_SETTINGS: Partial<Record<(typeof INSTANCE_FAULTS)[number]['id'], Record<string, unknown>>> =
  {
    'instance-username-enabled': { attributes: { username: { enabled: true, firstFactor: true } } },
    'instance-password-min-6': { passwordPolicy: { minLength: 6 } },
    'instance-allowed-origin-wildcard': { allowedOrigins: ['https://*'] },
    'instance-multi-session': { sessionMode: 'multi' },
    'instance-test-mode-on-production': { testMode: true },
  };
