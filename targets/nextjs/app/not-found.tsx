// Custom 404 page: says what happened without echoing the path or any internals.
import Link from 'next/link';

export default function NotFound() {
  return (
    <section>
      <h1 data-testid="not-found">Page not found</h1>
      <p>
        There is nothing here. <Link href="/">Back to the home page</Link>.
      </p>
    </section>
  );
}
