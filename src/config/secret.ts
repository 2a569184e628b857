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
const JWT = /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]*/g;
const CLERK_SECRET_KEY = /sk_(?:test|live)_\w{8,}/g;
const WEBHOOK_SECRET = /whsec_[A-Za-z0-9+/=]{8,}/g;

/**
 * Replace every occurrence of any secret in `text` (raw, and URL-encoded, as it appears in query strings and
 * form bodies) with "[redacted]", then anything shaped like a session token (a JWT), a Clerk secret key or a
 * webhook secret. For reporters and attachments, which handle text we did not write.
 */
export function redact(text: string, secrets: Iterable<Secret | string | undefined | null> = []): string {
  const needles = new Set<string>();
  for (const secret of secrets) {
    const value = secret instanceof Secret ? secret.reveal() : secret;
    if (!value || value.length < MIN_REDACTABLE_LENGTH) continue;
    needles.add(value);
    needles.add(encodeURIComponent(value));
  }
  // Longest first, so a secret that contains another is replaced whole.
  let result = text;
  for (const needle of [...needles].sort((a, b) => b.length - a.length)) {
    result = result.split(needle).join(REDACTED);
  }
  return result
    .replace(JWT, '[redacted-jwt]')
    .replace(CLERK_SECRET_KEY, '[redacted-key]')
    .replace(WEBHOOK_SECRET, '[redacted-secret]');
}
