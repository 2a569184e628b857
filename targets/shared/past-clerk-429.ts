// What a healthy app does with a Backend API 429 (Clerk rate-limits per instance): waits the Retry-After it
// was given and asks again, a few times, instead of turning Clerk's 429 into its own 500. @clerk/backend's
// errors carry `status` and `retryAfter` (seconds) for a 429 (ClerkAPIResponseError).
const TRIES = 4;

function retryAfterMs(error: unknown): number | null {
  const e = error as { status?: unknown; retryAfter?: unknown } | null;
  if (e?.status !== 429) return null;
  const seconds = typeof e.retryAfter === 'number' && e.retryAfter > 0 ? e.retryAfter : 1;
  return Math.min(seconds, 5) * 1000;
}

export async function pastClerk429<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await call();
    } catch (error) {
      const wait = retryAfterMs(error);
      if (wait === null || attempt >= TRIES) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}
