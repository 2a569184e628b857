// Evidence is plain data collected by fixtures (fixtures/matchers.ts evidenceFrom): judges never do I/O.
import { AUTH_REASON_HEADER, AUTH_STATUS_HEADER } from './clerk-signals.ts';
import { cap, quoteHeader } from './verdict.ts';

export interface ResponseEvidence {
  /** The URL that answered (redirects are not followed). */
  url: string;
  method?: string;
  status: number;
  /** Header names lower-cased; repeated headers joined with ", " (Playwright's APIResponse.headers()). */
  headers: Record<string, string>;
  /** The raw Location header, if any. */
  location?: string;
  /** The first 1 KB of the body, decoded as UTF-8. */
  bodyExcerpt: string;
}

export function pathOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}`;
  } catch {
    return url;
  }
}

/** The Location header resolved against the request URL, or null. */
export function locationURL(evidence: ResponseEvidence): URL | null {
  const raw = evidence.location ?? evidence.headers.location;
  if (!raw) return null;
  try {
    return new URL(raw, evidence.url);
  } catch {
    return null;
  }
}

export const isRedirect = (status: number) => status >= 300 && status < 400;
export const isSuccess = (status: number) => status >= 200 && status < 300;

/** "307 -> /sign-in?…", "200, body: {…}", plus Clerk's auth headers when present: what a reader needs. */
export function describeResponse(evidence: ResponseEvidence): string {
  const parts = [String(evidence.status)];
  const location = evidence.location ?? evidence.headers.location;
  if (isRedirect(evidence.status)) parts[0] += ` -> ${location ? cap(location) : '(no Location header)'}`;
  for (const name of [AUTH_STATUS_HEADER, AUTH_REASON_HEADER]) {
    const value = evidence.headers[name];
    if (value) parts.push(quoteHeader(name, value));
  }
  if (!isRedirect(evidence.status) && evidence.bodyExcerpt.trim()) parts.push(`body: ${cap(evidence.bodyExcerpt)}`);
  return parts.join('; ');
}
