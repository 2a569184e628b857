import type { Secret } from './secret.ts';
import type { Profile } from './types.ts';

/** Every secret a profile holds: pass them to redact() before text leaves the run (reports, attachments). */
export function secretsOf(profile: Profile): Secret[] {
  return [profile.clerk.secretKey, profile.webhook.secret, profile.testUser?.password].filter(
    (secret): secret is Secret => secret !== undefined,
  );
}
