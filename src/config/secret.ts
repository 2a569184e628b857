// Secrets travel through the suite wrapped, so that printing, logging, JSON-serialising or tracing a profile
// can never show them: only an explicit reveal() hands the value out.
import { inspect } from 'node:util';

const REDACTED = '[redacted]';

export class Secret {
  // A private field: not an own property, so Object.keys, spread, structuredClone and inspect never see it.
  readonly #value: string;

  constructor(value: string) {
    this.#value = value;
  }

  /** The real value. Call it only where the value is sent (a header, a form field, an SDK option). */
  reveal(): string {
    return this.#value;
  }

  toString(): string {
    return REDACTED;
  }

  toJSON(): string {
    return REDACTED;
  }

  [Symbol.toPrimitive](): string {
    return REDACTED;
  }

  [inspect.custom](): string {
    return REDACTED;
  }
}

// Shorter values would redact ordinary words and digits all over a report.
const MIN_REDACTABLE_LENGTH = 4;

// Shapes redacted whatever produced them (a token an SDK minted, a key in a response we did not expect).
const JWT = /eyJ[\w-]{8,}\.[\w-]{8,}\.[\w-]*/g;
const CLERK_SECRET_KEY = /sk_(?:test|live)_\w{8,}/g;
const WEBHOOK_SECRET = /whsec_[A-Za-z0-9+/=]{8,}/g;
// Clerk's cookies (with or without their per-instance suffix), in a Cookie / Set-Cookie header or a query:
// `__session=…`, and as a cookie object in JSON (storageState, a trace's addCookies call).
const CLERK_COOKIES = '(?:__session|__client_uat|__client|__clerk_db_jwt|__refresh)(?:_[\\w-]+)?';
const CLERK_COOKIE = new RegExp(`\\b(${CLERK_COOKIES})=[^;,&\\s"\\\\]+`, 'g');
const CLERK_COOKIE_JSON = new RegExp(`("name"\\s*:\\s*"${CLERK_COOKIES}"\\s*,\\s*"value"\\s*:\\s*")[^"\\\\]*`, 'g');
// Testing tokens ride in a query string (clerk/testing adds them to every Frontend API request).
const TESTING_TOKEN = /\b(__clerk_testing_token=)[^&\s"#\\]+/g;
// An Authorization header as text (`Authorization: Bearer …`), as a JSON header object or property, or a
// bare scheme and credential anywhere.
const AUTHORIZATION_TEXT = /\b(authorization:[ \t]*)[^\r\n"\\]+/gi;
const AUTHORIZATION_JSON = /("(?:name"\s*:\s*"authorization"\s*,\s*"value|authorization)"\s*:\s*")[^"\\]*/gi;
const CREDENTIAL = /\b(Bearer|Basic)\s+[\w.~+/=-]{8,}/g;

/** The forms a secret value takes in text we did not write: raw, URL-encoded and inside a JSON string. */
function needlesOf(value: string): string[] {
  return [value, encodeURIComponent(value), JSON.stringify(value).slice(1, -1)];
}

/**
 * Replace every occurrence of any secret in `text` (raw, URL-encoded as in query strings and form bodies, and
 * JSON-escaped) with "[redacted]", then anything shaped like a session token (a JWT), a Clerk secret key, a
 * webhook secret, a Clerk session cookie's value, a testing token or an Authorization credential. For
 * reporters, attachments and traces, which hold text we did not write. Replacements keep JSON valid.
 */
export function redact(text: string, secrets: Iterable<Secret | string | undefined | null> = []): string {
  const needles = new Set<string>();
  for (const secret of secrets) {
    const value = secret instanceof Secret ? secret.reveal() : secret;
    if (!value || value.length < MIN_REDACTABLE_LENGTH) continue;
    for (const needle of needlesOf(value)) needles.add(needle);
  }
  // Longest first, so a secret that contains another is replaced whole.
  let result = text;
  for (const needle of [...needles].sort((a, b) => b.length - a.length)) {
    result = result.split(needle).join(REDACTED);
  }
  return result
    .replace(JWT, '[redacted-jwt]')
    .replace(CLERK_SECRET_KEY, '[redacted-key]')
    .replace(WEBHOOK_SECRET, '[redacted-secret]')
    .replace(CLERK_COOKIE, `$1=${REDACTED}`)
    .replace(CLERK_COOKIE_JSON, `$1${REDACTED}`)
    .replace(TESTING_TOKEN, `$1${REDACTED}`)
    .replace(AUTHORIZATION_TEXT, `$1${REDACTED}`)
    .replace(AUTHORIZATION_JSON, `$1${REDACTED}`)
    .replace(CREDENTIAL, `$1 ${REDACTED}`);
}
