'use client';
// The sign-in page's notice for a Clerk outage: shown when clerk-js reports its load failure (<ClerkFailed>,
// after Clerk's own 15 s script timeout) and, sooner, when Clerk has not loaded a few seconds after the page
// did (a script that never answers fires no error). Hidden once Clerk has loaded.
import { ClerkFailed, useAuth } from '@clerk/nextjs';
import { useEffect, useState } from 'react';
import { CLERK_DOWN_AFTER_MS, CLERK_DOWN_NOTICE } from '../../../shared/clerk-down-notice.ts';

export function ClerkDownNotice() {
  const { isLoaded } = useAuth();
  const [late, setLate] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setLate(true), CLERK_DOWN_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  if (isLoaded) return null;
  const notice = (
    <p role="status" data-clerk-down-notice>
      {CLERK_DOWN_NOTICE}
    </p>
  );
  return late ? notice : <ClerkFailed>{notice}</ClerkFailed>;
}
