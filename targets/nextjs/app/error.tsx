'use client';
// Custom error page for errors thrown while rendering a route: a plain message and the digest
// (a reference for the server logs), never the error message or stack.

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section>
      <h1 data-testid="error-page">Something went wrong</h1>
      {error.digest ? <p>Reference: {error.digest}</p> : null}
      <button type="button" onClick={() => reset()}>
        Try again
      </button>
    </section>
  );
}
