'use client';
// Site navigation that depends on the session. Client-side on purpose: the server-side <Show> calls
// auth(), which throws on requests the middleware skipped (a missing /favicon.ico or /logo.png),
// turning their 404 into a 500.
import { UserButton, useAuth } from '@clerk/nextjs';
import Link from 'next/link';

export function AuthNav() {
  const { isLoaded, isSignedIn } = useAuth();
  if (!isLoaded) return null;
  if (isSignedIn) {
    return (
      <>
        <Link href="/dashboard">Dashboard</Link> <UserButton />
      </>
    );
  }
  return (
    <>
      <Link href="/sign-in">Sign in</Link> <Link href="/sign-up">Sign up</Link>
    </>
  );
}
