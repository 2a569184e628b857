// Protected page: the middleware already sends signed-out visitors to sign-in; the check here is
// defence in depth, so the page stays safe if the matcher ever changes.
import { SignOutButton } from '@clerk/nextjs';
import { auth, currentUser } from '@clerk/nextjs/server';
import { pageGuardRemoved } from '../../../shared/auth-faults.ts';

export default async function DashboardPage() {
  const { userId, redirectToSignIn } = await auth();
  if (!userId && !pageGuardRemoved()) return redirectToSignIn();
  const user = userId ? await currentUser() : null;
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
