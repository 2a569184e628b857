'use client';
// Last-resort error page for errors in the root layout itself (it replaces the layout, so it
// brings its own <html> and <body>).

export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <h1 data-testid="error-page">Something went wrong</h1>
        {error.digest ? <p>Reference: {error.digest}</p> : null}
      </body>
    </html>
  );
}
