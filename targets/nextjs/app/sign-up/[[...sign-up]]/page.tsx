// Clerk's sign-up component on an optional catch-all route (it routes its own sub-steps). Fault sign-up-broken
// replaces it with an error, the way a bad deploy would.
import { SignUp } from '@clerk/nextjs';
import { connection } from 'next/server';
import { faultOn } from '../../../../faults.ts';

export default async function SignUpPage() {
  // Faults are run-time settings: render per request instead of once at build.
  await connection();
  if (faultOn('sign-up-broken')) {
    return (
      <p role="alert" data-testid="sign-up-error">
        Sign-up is unavailable right now. Please try again later.
      </p>
    );
  }
  return <SignUp />;
}
