// Public landing page (listed as public in middleware.ts).
import Link from 'next/link';

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
