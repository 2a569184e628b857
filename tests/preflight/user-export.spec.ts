// The checklist's backup step, proven: the instance's users can be exported. With the secret key, the Backend
// API's GET /v1/users is paged (oldest first, so users signing up meanwhile land at the end) until a short page,
// and the distinct user ids are counted against GET /v1/users/count (src/checks/user-export.ts judges). Read-only,
// capped at EXPORT_USER_CAP users and EXPORT_TIME_LIMIT_MS; 429s are waited out (src/clerk/clerk-retry.ts). Only
// counts are kept: no user data reaches the report.
import {
  EXPORT_TIME_LIMIT_MS,
  EXPORT_USER_CAP,
  exportPageSize,
  judgeUserExport,
  type UserExportFacts,
} from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { skipUnlessJudged } from '../../fixtures/matchers.ts';
import { withClerkRetry } from '../../src/clerk/clerk-retry.ts';

const profile = suiteProfile();
const REQUEST_TIMEOUT = 15_000;

class BapiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

/**
 * GET a Backend API path as JSON, waiting out 429s; throws a BapiError naming the path and status otherwise.
 * Plain fetch, not Playwright's request: the pages hold user data, which must not land in the trace.
 */
async function getJson(path: string, secret: string): Promise<unknown> {
  return withClerkRetry(`GET ${path.split('?')[0]}`, async () => {
    const response = await fetch(`${profile.clerk.apiUrl}${path}`, {
      headers: { Authorization: `Bearer ${secret}` },
      signal: AbortSignal.timeout(REQUEST_TIMEOUT),
    }).catch((error: unknown) => {
      throw new BapiError(`GET ${path} failed (${(error as Error).message})`, 0);
    });
    if (response.ok) return response.json();
    const retryAfter = Number(response.headers.get('retry-after')) || undefined;
    throw new BapiError(`GET ${path} answered ${response.status}`, response.status, retryAfter);
  });
}

async function countUsers(secret: string): Promise<number> {
  const body = (await getJson('/v1/users/count', secret)) as { total_count?: unknown };
  if (typeof body.total_count !== 'number') throw new BapiError('GET /v1/users/count answered no total_count', 200);
  return body.total_count;
}

/**
 * One export: count, page to a short page (or a repeat, the cap, the time limit), count again. A refused key
 * (401/403 to the first count) throws: preflight.secret-key-instance reports it.
 */
async function exportOnce(secret: string): Promise<UserExportFacts> {
  const started = Date.now();
  const countBefore = await countUsers(secret).catch((error: unknown) => {
    if (error instanceof BapiError && (error.status === 401 || error.status === 403)) throw error;
    return error instanceof BapiError ? error : Promise.reject(error);
  });
  if (countBefore instanceof BapiError) return failedCount(countBefore.message, Date.now() - started);
  const pageSize = exportPageSize(countBefore);
  const ids = new Set<string>();
  const facts: UserExportFacts = {
    url: `${profile.clerk.apiUrl}/v1/users`,
    countBefore,
    countAfter: countBefore,
    pageSize,
    pages: 0,
    listed: 0,
    distinct: 0,
    ended: false,
    stoppedAt: null,
    elapsedMs: 0,
  };
  try {
    while (!facts.ended && facts.listed === ids.size) {
      if (ids.size >= EXPORT_USER_CAP) facts.stoppedAt = 'cap';
      else if (Date.now() - started > EXPORT_TIME_LIMIT_MS) facts.stoppedAt = 'time';
      if (facts.stoppedAt) break;
      const query = new URLSearchParams({
        limit: String(pageSize),
        offset: String(facts.listed),
        order_by: '+created_at',
      });
      const page = await getJson(`/v1/users?${query}`, secret);
      // The list answers a bare array (paginated=true would wrap it in { data, total_count }).
      const users = Array.isArray(page) ? page : ((page as { data?: unknown[] }).data ?? []);
      facts.pages += 1;
      facts.listed += users.length;
      for (const user of users) ids.add(String((user as { id?: unknown }).id));
      facts.ended = users.length < pageSize;
    }
    facts.countAfter = await countUsers(secret);
  } catch (error) {
    if (!(error instanceof BapiError)) throw error;
    facts.error = error.message;
  }
  return { ...facts, distinct: ids.size, elapsedMs: Date.now() - started };
}

function failedCount(error: string, elapsedMs: number): UserExportFacts {
  const url = `${profile.clerk.apiUrl}/v1/users`;
  const none = { pages: 0, listed: 0, distinct: 0, ended: false, stoppedAt: null } as const;
  return { url, countBefore: 0, countAfter: 0, pageSize: 0, ...none, elapsedMs, error };
}

const refused = (error: unknown) => error instanceof BapiError && (error.status === 401 || error.status === 403);

test('Backend API -> every user listed page by page, to /v1/users/count', check('preflight.user-export'), async () => {
  test.setTimeout(3 * EXPORT_TIME_LIMIT_MS);
  const secret = profile.clerk.secretKey?.reveal();
  test.skip(!secret, 'No CLERK_SECRET_KEY: the Backend API cannot list users.');
  const run = () =>
    exportOnce(secret!).catch((error: unknown) => {
      test.skip(
        refused(error),
        `${(error as Error).message}: the secret key is refused (preflight.secret-key-instance).`,
      );
      throw error;
    });
  let facts = await run();
  // Users signing up (or a test's synthetic user coming and going) move the count: one more try.
  if (facts.countBefore !== facts.countAfter) facts = await run();
  const verdict = judgeUserExport(facts);
  skipUnlessJudged(verdict);
  expect(verdict).toPassCheck();
});
