// Shape checks for Clerk's keys, done offline. Each returns a problem sentence (never containing the value of a
// secret) or the facts the profile needs. The rules follow @clerk/shared's parsePublishableKey and Svix's
// secret format.

export type InstanceType = 'development' | 'production';

export type KeyCheck<T> = { ok: true; value: T } | { ok: false; problem: string };

export interface PublishableKeyInfo {
  instanceType: InstanceType;
  /** The Frontend API host encoded in the key, e.g. clerk.example.com. */
  frontendApi: string;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** Decode standard base64 the way atob does (padding optional), or null when it is not base64. */
function decodeBase64(encoded: string): Buffer | null {
  if (!BASE64.test(encoded) || encoded.replace(/=+$/, '').length % 4 === 1) return null;
  return Buffer.from(encoded, 'base64');
}

function quoted(value: string): string | null {
  return /^["']|["']$/.test(value) ? 'is wrapped in quotes: remove them' : null;
}

export function checkPublishableKey(value: string): KeyCheck<PublishableKeyInfo> {
  const quotes = quoted(value);
  if (quotes) return { ok: false, problem: quotes };
  if (value.startsWith('sk_')) {
    return {
      ok: false,
      problem:
        'holds a secret key (sk_…); never put it in a publishable variable (NEXT_PUBLIC_* ones are ' +
        'shipped to every browser): rotate it in the Clerk Dashboard and set the publishable key ' +
        '(pk_…) here',
    };
  }
  const match = /^pk_(test|live)_(.*)$/.exec(value);
  if (!match) return { ok: false, problem: 'must start with pk_test_ or pk_live_' };
  const [, kind, encoded = ''] = match;
  const decoded = decodeBase64(encoded)?.toString('utf8');
  if (decoded === undefined) return { ok: false, problem: `the part after pk_${kind}_ is not base64` };
  const host = decoded.slice(0, -1);
  if (!decoded.endsWith('$') || host.includes('$')) {
    return {
      ok: false,
      problem: `decodes to "${printable(decoded)}", but a publishable key decodes to "<frontend-api-host>$": the key is truncated or not a Clerk key`,
    };
  }
  if (!host.includes('.')) {
    return {
      ok: false,
      problem: `encodes the host "${printable(host)}", which has no dot; Clerk needs a Frontend API host such as clerk.example.com`,
    };
  }
  return { ok: true, value: { instanceType: kind === 'live' ? 'production' : 'development', frontendApi: host } };
}

// A publishable key is public, but a mangled one may hold anything: show only printable characters.
function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').slice(0, 80);
}

export function checkSecretKey(value: string): KeyCheck<{ instanceType: InstanceType }> {
  const quotes = quoted(value);
  if (quotes) return { ok: false, problem: quotes };
  if (value.startsWith('pk_')) {
    return {
      ok: false,
      problem:
        'holds a publishable key (pk_…), not the secret key: copy the Secret key (sk_test_… or ' +
        'sk_live_…) from Clerk Dashboard → API keys',
    };
  }
  if (value.startsWith('whsec_')) {
    return {
      ok: false,
      problem:
        'holds a webhook signing secret (whsec_…), not the secret key: that one belongs in ' +
        'CLERK_WEBHOOK_SIGNING_SECRET',
    };
  }
  const match = /^sk_(test|live)_(.*)$/.exec(value);
  if (!match) return { ok: false, problem: 'must start with sk_test_ or sk_live_' };
  if (!/^[A-Za-z0-9_-]{16,}$/.test(match[2] ?? '')) {
    return {
      ok: false,
      problem: `the part after sk_${match[1]}_ is too short or has characters a Clerk secret key never has: copy the whole key again`,
    };
  }
  return { ok: true, value: { instanceType: match[1] === 'live' ? 'production' : 'development' } };
}

// Svix makes 24-byte keys; anything shorter is a truncated copy.
const MIN_WEBHOOK_KEY_BYTES = 24;

export function checkWebhookSecret(value: string): KeyCheck<null> {
  const quotes = quoted(value);
  if (quotes) return { ok: false, problem: quotes };
  if (value.startsWith('sk_') || value.startsWith('pk_')) {
    return {
      ok: false,
      problem:
        'holds a Clerk API key, not a webhook signing secret: copy the Signing Secret (whsec_…) ' +
        'from Clerk Dashboard → Webhooks → your endpoint',
    };
  }
  if (!value.startsWith('whsec_')) {
    return {
      ok: false,
      problem: 'must start with whsec_ (the Signing Secret from Clerk Dashboard → Webhooks → your endpoint)',
    };
  }
  const key = decodeBase64(value.slice('whsec_'.length));
  if (!key) return { ok: false, problem: 'the part after whsec_ is not base64: copy the whole Signing Secret again' };
  if (key.length < MIN_WEBHOOK_KEY_BYTES) {
    return {
      ok: false,
      problem: `the part after whsec_ decodes to ${key.length} bytes; a Svix signing secret has at least ${MIN_WEBHOOK_KEY_BYTES}: the copy is truncated`,
    };
  }
  return { ok: true, value: null };
}
