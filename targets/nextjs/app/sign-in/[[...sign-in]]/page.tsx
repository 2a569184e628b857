// Clerk's hosted-in-app sign-in, on an optional catch-all route so its sub-steps (/sign-in/factor-one
// and so on) resolve here. <SignIn/> handles redirect_url itself (same origin only). Faults: sign-in-broken
// replaces it with an error, the way a bad deploy would; sign-in-open-redirect adds the classic shortcut that
// sends a signed-in visitor to redirect_url unchecked; sign-in-blank-when-clerk-down leaves out the notice shown
// when Clerk fails to load.
import { SignIn } from '@clerk/nextjs';
import { auth } from '@clerk/nextjs/server';
import { redirect } from 'next/navigation';
import { connection } from 'next/server';
import { faultOn } from '../../../../faults.ts';
import { signInRedirectFault } from '../../../../shared/auth-faults.ts';
import { clerkDownNoticeOn } from '../../../../shared/clerk-down-notice.ts';
import { ClerkDownNotice } from '../clerk-down-notice.tsx';

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  // Faults are run-time settings: render per request instead of once at build.
  await connection();
  if (faultOn('sign-in-broken')) {
    return (
      <p role="alert" data-testid="sign-in-error">
        Sign-in is unavailable right now. Please try again later.
      </p>
    );
  }
  const redirectUrl = (await searchParams).redirect_url;
  const open = signInRedirectFault(
    Boolean((await auth()).userId),
    typeof redirectUrl === 'string' ? redirectUrl : null,
  );
  if (open) redirect(open);
  return (
    <>
      <SignIn />
      {clerkDownNoticeOn() && <ClerkDownNotice />}
    </>
  );
}
