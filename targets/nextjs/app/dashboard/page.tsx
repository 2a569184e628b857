// Protected page: the middleware already sends signed-out visitors to sign-in; the check here is
// defence in depth, so the page stays safe if the matcher ever changes.
import { SignOutButton } from '@clerk/nextjs';
import { auth, clerkClient, currentUser } from '@clerk/nextjs/server';
import { headers } from 'next/headers';
import { appSessionFallback } from '../../../shared/app-session-fault.ts';
import { pastClerk429 } from '../../../shared/past-clerk-429.ts';
import { dashboardErrorForSignedIn, pageGuardRemoved } from '../../../shared/auth-faults.ts';

export default async function DashboardPage() {
  const { userId: clerkUserId, redirectToSignIn } = await auth();
  // Fault sign-out-keeps-app-session: signed out for Clerk, the app's own cookie still names a user.
  const fallbackUserId = clerkUserId ? null : await appSessionFallback('/dashboard', (await headers()).get('cookie'));
  const userId = clerkUserId ?? fallbackUserId;
  if (!userId && !pageGuardRemoved()) return redirectToSignIn();
  const failure = dashboardErrorForSignedIn(clerkUserId);
  if (failure) {
    return (
      <section>
        <h1>Dashboard</h1>
        <p role="alert" data-testid="dashboard-error">
          {failure}
        </p>
      </section>
    );
  }
  // Clerk's 429s waited out (Retry-After), never turned into a 500.
  const user = clerkUserId
    ? await pastClerk429(() => currentUser())
    : fallbackUserId
      ? await pastClerk429(async () => (await clerkClient()).users.getUser(fallbackUserId))
      : null;
  return (
    <section>
      <h1>Dashboard</h1>
      <dl>
        <dt>User id</dt>
        <dd data-testid="user-id">{userId}</dd>
        <dt>Email</dt>
        <dd data-testid="user-email">{user?.primaryEmailAddress?.emailAddress ?? ''}</dd>
      </dl>
      <SignOutButton>
        <button type="button" data-testid="sign-out">
          Sign out
        </button>
      </SignOutButton>
    </section>
  );
}
