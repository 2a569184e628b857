// Reads Clerk's keys under Clerk's own variable names and cross-checks them (same instance, known aliases).
import { checkPublishableKey, checkSecretKey, checkWebhookSecret, type PublishableKeyInfo } from './clerk-keys.ts';
import { variableProblem, type Problem } from './problems.ts';
import { Secret } from './secret.ts';

export interface ProfileKeys {
  publishable?: { value: string; info: PublishableKeyInfo };
  secretKey?: Secret;
  webhookSecret?: Secret;
}

export function readKeys(vars: Record<string, string>, problems: Problem[], warnings: string[]): ProfileKeys {
  const keys: ProfileKeys = {};
  const plain = vars.CLERK_PUBLISHABLE_KEY;
  const next = vars.NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY;
  if (plain && next && plain !== next) {
    problems.push(
      variableProblem(
        'CLERK_PUBLISHABLE_KEY',
        'and NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY hold different keys: set both to the publishable key ' +
          'of the instance the app uses',
      ),
    );
  } else if (!plain && !next) {
    problems.push(
      variableProblem(
        'CLERK_PUBLISHABLE_KEY',
        'is not set (NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY is read too): copy the Publishable key from ' +
          'Clerk Dashboard → API keys',
      ),
    );
  } else {
    const name = plain ? 'CLERK_PUBLISHABLE_KEY' : 'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY';
    const value = (plain ?? next) as string;
    const checked = checkPublishableKey(value);
    if (checked.ok) keys.publishable = { value, info: checked.value };
    else problems.push(variableProblem(name, checked.problem));
  }

  const secret = vars.CLERK_SECRET_KEY;
  if (secret) {
    const checked = checkSecretKey(secret);
    if (!checked.ok) {
      problems.push(variableProblem('CLERK_SECRET_KEY', checked.problem));
    } else if (keys.publishable && checked.value.instanceType !== keys.publishable.info.instanceType) {
      const [sk, pk] =
        checked.value.instanceType === 'production' ? ['sk_live_', 'pk_test_'] : ['sk_test_', 'pk_live_'];
      problems.push(
        variableProblem(
          'CLERK_SECRET_KEY',
          `is a ${sk} key but the publishable key is ${pk}: both keys must come from the same Clerk instance (Dashboard → API keys)`,
        ),
      );
    } else {
      keys.secretKey = new Secret(secret);
    }
  } else {
    warnings.push(
      'CLERK_SECRET_KEY is not set: checks that need Clerk’s Backend API (testing tokens, sign-in ' +
        'tokens) will be skipped.',
    );
  }

  // Clerk's SDK (verifyWebhook) reads CLERK_WEBHOOK_SIGNING_SECRET; older guides used CLERK_WEBHOOK_SECRET.
  const signing = vars.CLERK_WEBHOOK_SIGNING_SECRET;
  const legacy = vars.CLERK_WEBHOOK_SECRET;
  const webhookName = signing ? 'CLERK_WEBHOOK_SIGNING_SECRET' : 'CLERK_WEBHOOK_SECRET';
  if (!signing && legacy) {
    warnings.push(
      'CLERK_WEBHOOK_SECRET is set, and used here, but Clerk’s SDK (verifyWebhook) reads ' +
        'CLERK_WEBHOOK_SIGNING_SECRET: rename the variable, in the app’s environment too.',
    );
  } else if (signing && legacy && signing !== legacy) {
    warnings.push('CLERK_WEBHOOK_SECRET differs from CLERK_WEBHOOK_SIGNING_SECRET and is ignored: remove it.');
  }
  const webhook = signing ?? legacy;
  if (webhook) {
    const checked = checkWebhookSecret(webhook);
    if (checked.ok) keys.webhookSecret = new Secret(webhook);
    else problems.push(variableProblem(webhookName, checked.problem));
  } else {
    warnings.push('CLERK_WEBHOOK_SIGNING_SECRET is not set: webhook checks will be skipped.');
  }
  return keys;
}
