// Public landing page (listed as public in middleware.ts).
import Link from 'next/link';

// Rendered per request, like every other page (and like the Express app's): a prerendered copy would be
// built with no fault on and serve that HTML whatever CGL_FAULTS says (secret-key-in-page in layout.tsx).
export const dynamic = 'force-dynamic';

export default function HomePage() {
  return (
    <section>
      <h1 data-testid="landing-title">clerk-go-live reference app</h1>
      <p>
        A small Clerk-authenticated app. <Link href="/dashboard">Go to your dashboard</Link>.
      </p>
    </section>
  );
}
