// The checklist's export procedure, proven to work: with the secret key, the Backend API lists the instance's
// users page by page (GET /v1/users?limit=&offset=&order_by=+created_at, limit at most 500) until a short page,
// and the distinct users listed match the count it reports (GET /v1/users/count). Read-only; bounded by a user
// cap and a time limit, beyond which the export is verified only up to the cap (a skip says so). Evidence holds
// counts only: no user data.
import type { Verdict } from './verdict.ts';

/** Clerk's largest page (GET /v1/users `limit`: 1..500). */
export const MAX_PAGE_SIZE = 500;
export const EXPORT_USER_CAP = 10_000;
export const EXPORT_TIME_LIMIT_MS = 60_000;

/**
 * The page size: small enough that even a small instance is listed in several pages (so paging is really
 * exercised), never above Clerk's maximum; at most about 20 pages up to the cap.
 */
export function exportPageSize(count: number): number {
  return Math.min(MAX_PAGE_SIZE, Math.max(1, Math.ceil(Math.min(count, EXPORT_USER_CAP) / 4)));
}

export interface UserExportFacts {
  /** The list endpoint, e.g. https://api.clerk.com/v1/users. */
  url: string;
  /** /v1/users/count before and after the paging. */
  countBefore: number;
  countAfter: number;
  pageSize: number;
  pages: number;
  /** Rows listed, and distinct user ids among them. */
  listed: number;
  distinct: number;
  /** A page shorter than the page size was reached (the end of the list). */
  ended: boolean;
  /** Paging stopped at the cap (EXPORT_USER_CAP users) or the time limit before the end. */
  stoppedAt: 'cap' | 'time' | null;
  elapsedMs: number;
  /** A Backend API answer that stopped the export ("GET /v1/users?offset=20 answered 500"), if any. */
  error?: string;
}

const ID = 'preflight.user-export' as const;
const TITLE = 'Backend API -> every user listed page by page, to /v1/users/count';
const HOW =
  'To export: Clerk Dashboard → Users → Export users (CSV), or page GET /v1/users?limit=500&offset=0,500,… ' +
  'with the secret key until a page holds fewer than 500 users.';

export function judgeUserExport(facts: UserExportFacts): Verdict {
  const base = {
    id: ID,
    title: TITLE,
    url: facts.url,
    expected: `${facts.countBefore} distinct users (/v1/users/count) listed in pages of ${facts.pageSize}, no repeats, ending with a short page`,
    actual: `${facts.distinct} distinct users in ${facts.listed} rows over ${facts.pages} pages${facts.ended ? ', ended' : ', no end reached'} (${Math.round(facts.elapsedMs / 1000)} s)${facts.error ? `; ${facts.error}` : ''}`,
  };
  const repeats = facts.listed - facts.distinct;
  const problems = [
    facts.error ? `The export stopped: ${facts.error}.` : '',
    repeats > 0
      ? `${repeats} user${repeats > 1 ? 's were' : ' was'} listed more than once (paging repeats users).`
      : '',
  ].filter(Boolean);
  if (problems.length === 0 && facts.stoppedAt === null && facts.countBefore !== facts.countAfter) {
    const skip = `The user count changed during the export (${facts.countBefore} -> ${facts.countAfter}: users signed up or were deleted meanwhile); not judged.`;
    return { ...base, pass: true, fix: '', skip };
  }
  if (problems.length === 0 && facts.stoppedAt !== null) {
    const why =
      facts.stoppedAt === 'cap'
        ? `the cap of ${EXPORT_USER_CAP} users`
        : `the time limit of ${EXPORT_TIME_LIMIT_MS / 1000} s`;
    const skip = `Verified up to ${why}: ${facts.distinct} of ${facts.countBefore} users listed without repeats; the rest was not paged. ${HOW}`;
    return { ...base, pass: true, fix: '', skip };
  }
  if (problems.length === 0 && facts.ended && facts.distinct !== facts.countBefore)
    problems.push(`The list ended after ${facts.distinct} users, but /v1/users/count reports ${facts.countBefore}.`);
  if (problems.length === 0 && !facts.ended) problems.push('Paging never reached a short page.');
  return {
    ...base,
    pass: problems.length === 0,
    fix: problems.length
      ? `${problems.join(' ')} An export by paging would lose or duplicate users: report it to Clerk support and export from the Dashboard meanwhile. ${HOW}`
      : HOW,
  };
}
