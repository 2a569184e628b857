// Clerk's hosted-in-app sign-in, on an optional catch-all route so its sub-steps (/sign-in/factor-one
// and so on) resolve here. The sign-in-broken fault replaces it with an error, the way a bad deploy would.
import { SignIn } from '@clerk/nextjs';
import { connection } from 'next/server';
import { faultOn } from '../../../../faults.ts';

export default async function SignInPage() {
  // Faults are run-time settings: render per request instead of once at build.
  await connection();
  if (faultOn('sign-in-broken')) {
    return (
      <p role="alert" data-testid="sign-in-error">
        Sign-in is unavailable right now. Please try again later.
      </p>
    );
  }
  return <SignIn />;
}
