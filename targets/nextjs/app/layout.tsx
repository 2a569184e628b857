// Root layout: every page sits inside <ClerkProvider>, which reads the publishable key, proxy URL and
// sign-in/up URLs baked in at build time (NEXT_PUBLIC_CLERK_*, see build-env.ts).
import { ClerkProvider } from '@clerk/nextjs';
import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { allowedRedirectOriginsFault } from '../../shared/auth-faults.ts';
import { leakyClientConfigScript } from '../../shared/client-config-fault.ts';
import { AuthNav } from './auth-nav.tsx';

export const metadata: Metadata = {
  title: 'clerk-go-live reference app',
  description: 'A Next.js app wired to Clerk, used to prove the go-live checks.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  // Fault allowed-redirect-origins-any: a wildcard allowedRedirectOrigins (undefined, Clerk's default, when off).
  // Fault secret-key-in-page: read per request (the pages render dynamically; page.tsx forces `/`); null when off.
  const leakyConfig = leakyClientConfigScript();
  return (
    <ClerkProvider allowedRedirectOrigins={allowedRedirectOriginsFault()}>
      <html lang="en">
        <body>
          {leakyConfig && <script dangerouslySetInnerHTML={{ __html: leakyConfig }} />}
          <header>
            <nav>
              <Link href="/">Home</Link> <AuthNav />
            </nav>
          </header>
          <main>{children}</main>
        </body>
      </html>
    </ClerkProvider>
  );
}
