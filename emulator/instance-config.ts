/**
 * The emulated instance's settings, in one file (CGL_EMULATOR_INSTANCE_FILE, StartEmulatorOptions.instanceFile):
 * what the Clerk Dashboard configures, and what the Frontend API's /v1/environment (shapes/environment.ts) and
 * the Backend API's /v1/instance and /v1/domains (bapi/instance.ts) both report. Every field is optional: the
 * defaults are the emulator's instance as it always was (email + password sign-in, phone codes, no username,
 * 8-character passwords without breach detection, public sign-up, single session, no social connections, test
 * mode on a development instance only). The older settings (multiSession, domain, allowedSubdomains,
 * allowedOrigins, sessionTokenLifetimeSeconds and their CGL_EMULATOR_* variables) are fields of the same model
 * and, when given, override the file.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const bool = z.boolean({ error: 'expected boolean' });
const attribute = z.strictObject({
  enabled: bool.optional(),
  /** Sign up must collect it. */
  required: bool.optional(),
  /** An identifier a user can sign in with (its code strategy is a first factor). */
  firstFactor: bool.optional(),
  /** Its code strategy (phone_code) is a second factor. */
  secondFactor: bool.optional(),
});

export const SIGN_UP_MODES = ['public', 'restricted', 'waitlist'] as const;
export const SESSION_MODES = ['single', 'multi'] as const;

export const instanceFileSchema = z.strictObject({
  $schema: z.string().optional(),
  attributes: z
    .strictObject({
      emailAddress: attribute.optional(),
      phoneNumber: attribute.optional(),
      username: attribute.optional(),
      password: z.strictObject({ enabled: bool.optional(), required: bool.optional() }).optional(),
      /** TOTP as a second factor. */
      authenticatorApp: z.strictObject({ enabled: bool.optional() }).optional(),
      backupCode: z.strictObject({ enabled: bool.optional() }).optional(),
    })
    .optional(),
  passwordPolicy: z
    .strictObject({
      minLength: z
        .int({ error: 'expected a whole number' })
        .min(1, { error: 'expected at least 1' })
        .max(72, { error: "expected at most 72 (Clerk's maximum password length)" })
        .optional(),
      /** Have I Been Pwned: a breached password is refused (Clerk's `disable_hibp: false`). */
      breachDetection: bool.optional(),
    })
    .optional(),
  secondFactor: z.strictObject({ required: bool.optional() }).optional(),
  signUpMode: z.enum(SIGN_UP_MODES, { error: `expected one of ${SIGN_UP_MODES.join(', ')}` }).optional(),
  sessionMode: z.enum(SESSION_MODES, { error: `expected one of ${SESSION_MODES.join(', ')}` }).optional(),
  /** A production instance's root domain: FAPI refuses origins outside it and its subdomains (fapi/origins.ts). */
  domain: z.string().min(1).optional(),
  /** Allowed Subdomains on, with these host names the only subdomains accepted. */
  allowedSubdomains: z.array(z.string().min(1)).optional(),
  /** The instance's allowed_origins (BAPI GET /v1/instance). */
  allowedOrigins: z.array(z.string().min(1)).optional(),
  /** Clerk's test mode (test identifiers and code 424242); default: on for a development instance only. */
  testMode: bool.optional(),
  /** Enabled social connections by provider name: google -> oauth_google. */
  socialConnections: z
    .array(z.string().regex(/^[a-z0-9_]+$/, { error: 'expected a provider name like google' }))
    .optional(),
  sessionTokenLifetimeSeconds: z
    .int({ error: 'expected a whole number' })
    .min(5, { error: 'expected at least 5 seconds' })
    .optional(),
});

export type InstanceFile = z.input<typeof instanceFileSchema>;

interface Attribute {
  enabled: boolean;
  required: boolean;
  firstFactor: boolean;
  secondFactor: boolean;
}

/** The instance as the handlers read it: every field filled. */
export interface InstanceSettings {
  attributes: {
    emailAddress: Attribute;
    phoneNumber: Attribute;
    username: Attribute;
    password: { enabled: boolean; required: boolean };
    authenticatorApp: { enabled: boolean };
    backupCode: { enabled: boolean };
  };
  passwordPolicy: { minLength: number; breachDetection: boolean };
  secondFactor: { required: boolean };
  signUpMode: (typeof SIGN_UP_MODES)[number];
  sessionMode: (typeof SESSION_MODES)[number];
  domain: string | null;
  allowedSubdomains: string[] | null;
  allowedOrigins: string[];
  testMode: boolean;
  socialConnections: string[];
  sessionTokenLifetimeSeconds: number;
}

/** The emulator's instance before this file existed: keep it so, every existing test depends on it. */
function defaults(kind: 'development' | 'production'): InstanceSettings {
  return {
    attributes: {
      emailAddress: { enabled: true, required: true, firstFactor: true, secondFactor: false },
      phoneNumber: { enabled: true, required: false, firstFactor: true, secondFactor: false },
      username: { enabled: false, required: false, firstFactor: false, secondFactor: false },
      password: { enabled: true, required: true },
      authenticatorApp: { enabled: false },
      backupCode: { enabled: false },
    },
    passwordPolicy: { minLength: 8, breachDetection: false },
    secondFactor: { required: false },
    signUpMode: 'public',
    sessionMode: 'single',
    domain: null,
    allowedSubdomains: null,
    allowedOrigins: [],
    testMode: kind === 'development',
    socialConnections: [],
    sessionTokenLifetimeSeconds: 60,
  };
}

/** "attributes.username.enabled: expected boolean" for every problem, in one error. */
export class InstanceFileError extends Error {}

export function parseInstanceFile(input: unknown, source = 'the instance file'): z.output<typeof instanceFileSchema> {
  const result = instanceFileSchema.safeParse(input);
  if (result.success) return result.data;
  const lines = result.error.issues.flatMap((issue) => {
    const at = (path: readonly PropertyKey[]) => path.map(String).join('.') || '(top level)';
    return issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => `  ${at([...issue.path, key])}: not an instance setting (a typo?)`)
      : [`  ${at(issue.path)}: ${issue.message}`];
  });
  throw new InstanceFileError(`Clerk emulator: ${source} is not a valid instance configuration:\n${lines.join('\n')}`);
}

export function readInstanceFile(path: string): z.output<typeof instanceFileSchema> {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new InstanceFileError(`Clerk emulator: cannot read the instance file ${path} (CGL_EMULATOR_INSTANCE_FILE)`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InstanceFileError(`Clerk emulator: the instance file ${path} is not JSON (${(error as Error).message})`);
  }
  return parseInstanceFile(json, `the instance file ${path}`);
}

type Parsed = z.output<typeof instanceFileSchema>;

/** Defaults for `kind`, then each layer in order (later wins), field by field. */
export function resolveInstance(
  kind: 'development' | 'production',
  ...layers: (Parsed | undefined)[]
): InstanceSettings {
  const settings = defaults(kind);
  for (const layer of layers) {
    if (!layer) continue;
    const { attributes, passwordPolicy, secondFactor, $schema: _schema, ...rest } = layer;
    for (const [name, value] of Object.entries(attributes ?? {})) {
      const key = name as keyof InstanceSettings['attributes'];
      Object.assign(settings.attributes[key], definedOnly(value ?? {}));
    }
    Object.assign(settings.passwordPolicy, definedOnly(passwordPolicy ?? {}));
    Object.assign(settings.secondFactor, definedOnly(secondFactor ?? {}));
    Object.assign(settings, definedOnly(rest));
  }
  // An identifier that is off is no factor of any kind.
  for (const name of ['emailAddress', 'phoneNumber', 'username'] as const) {
    const attribute = settings.attributes[name];
    if (!attribute.enabled) Object.assign(attribute, { required: false, firstFactor: false, secondFactor: false });
  }
  return settings;
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
