// What every judge returns: one claim about the target, judged on evidence, with the fix in plain words.
import type { CheckId, Severity } from './catalog.ts';

export interface Verdict {
  /** Stable check id (catalog.ts); reporters and the fault catalog key on it. */
  id: CheckId;
  /** The claim, e.g. "GET /api/me signed out -> denied". */
  title: string;
  pass: boolean;
  url: string;
  expected: string;
  actual: string;
  /** What to change in the app (on a pass, an optional recommendation, else ""). */
  fix: string;
  /** Set when the check cannot be judged here (e.g. HSTS over http): `pass` then means nothing; call test.skip. */
  skip?: string;
  /** A failure's own severity when it varies (an advisory's rating); default: the catalog row's. */
  severity?: Severity;
}

/** Header values and body excerpts are capped before they are printed: they may be huge or hostile. */
export const PRINT_CAP = 200;

export function cap(text: string, max: number = PRINT_CAP): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max)}… (${oneLine.length} chars)`;
}

export function quoteHeader(name: string, value: string | undefined): string {
  return value === undefined ? `no ${name} header` : `${name}: ${cap(value)}`;
}
