// Pure: test outcomes -> the production checklist. Each checklist item is a check id (the suite's catalog,
// or a team's own check carrying its claim, severity and section as annotations); its status is the worst of
// the tests that prove it. No I/O here: the reporter collects, renderers print.
import { CATALOG, CHECKLIST_SECTIONS, isCheckId, type ChecklistSection, type Severity } from '../checks/index.ts';
import { parseAcceptedText } from '../checks/gate.ts';
import type { LatencyResult } from '../checks/latency.ts';
import { summarizeRateLimits, type RateLimitSummary } from './rate-limits.ts';

/**
 * pass; fail (a finding at or above the profile's failOn severity, or any other failure); finding (below it:
 * reported, the run still passes); accepted (a waiver covers it until its expiry); skipped; not-run.
 */
export type ItemStatus = 'pass' | 'fail' | 'finding' | 'accepted' | 'skipped' | 'not-run';

export interface TestOutcome {
  check: string | undefined;
  title: string;
  project: string;
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  /** First lines of the failure (already redacted), or the skip reason. */
  detail?: string;
  /** From the test's annotations (a team's own checks); the catalog's for the suite's checks. */
  claim?: string;
  severity?: Severity;
  checklist?: string;
  /** Findings the matcher reported instead of failing (below failOn), redacted. */
  findings?: string[];
  /** Findings a waiver accepted: what, why and until when, redacted. */
  accepted?: string[];
  /** Each wait for a 429 from Clerk (src/clerk/clerk-retry.ts): rate limiting, reported, never a failure. */
  rateLimited?: string[];
  /** The latency measures the test took (its `latency` annotations, src/perf/record.ts). */
  latency?: LatencyResult[];
}

export interface ChecklistItem {
  id: string;
  claim: string;
  severity: Severity;
  section: string;
  status: ItemStatus;
  tests: TestOutcome[];
}

/** A failed check below the fail threshold: reported, it does not fail the run. */
export interface Finding {
  check: string;
  severity: Severity;
  test: string;
  /** The failure block: URL, expected, found, fix. */
  finding: string;
}

/** A failed check a waiver accepts until `expires`. */
export interface AcceptedFinding extends Finding {
  reason: string;
  expires: string;
  route?: string;
}

export interface Readiness {
  /** Only failures count: findings and accepted findings leave a run ready. */
  ready: boolean;
  target: string;
  /** From which severity a failed check fails the run (the profile's failOn), when known. */
  failOn?: Severity;
  counts: Record<ItemStatus, number>;
  items: ChecklistItem[];
  findings: Finding[];
  accepted: AcceptedFinding[];
  /** Tests that waited out Clerk's rate limiting (429) and went on. */
  rateLimited: { title: string; waits: string[] }[];
  /** The same waits, per Clerk endpoint. */
  rateLimits: RateLimitSummary[];
  /** Every latency measure of the run, in report order: the latency table. */
  latency: LatencyResult[];
}

const SECTION_ORDER = Object.keys(CHECKLIST_SECTIONS);
const failed = (t: TestOutcome) => t.status === 'failed' || t.status === 'timedOut' || t.status === 'interrupted';

function statusOf(tests: TestOutcome[]): ItemStatus {
  if (tests.length === 0) return 'not-run';
  if (tests.some(failed)) return 'fail';
  if (tests.some((t) => t.findings?.length)) return 'finding';
  if (tests.some((t) => t.accepted?.length)) return 'accepted';
  if (tests.every((t) => t.status === 'skipped')) return 'skipped';
  return 'pass';
}

function describe(id: string, tests: TestOutcome[]): Pick<ChecklistItem, 'claim' | 'severity' | 'section'> {
  if (isCheckId(id)) {
    const row = CATALOG[id];
    // A failure may carry its own severity (an advisory's): its test's annotation says so.
    const own = tests.find((t) => (failed(t) || t.findings?.length || t.accepted?.length) && t.severity)?.severity;
    return { claim: row.claim, severity: own ?? row.severity, section: row.checklist };
  }
  const first = tests.find((t) => t.claim) ?? tests[0];
  return { claim: first?.claim ?? id, severity: first?.severity ?? 'high', section: first?.checklist ?? 'testing' };
}

export function sectionTitle(section: string): string {
  return CHECKLIST_SECTIONS[section as ChecklistSection] ?? section;
}

function findingsOf(items: ChecklistItem[]): Pick<Readiness, 'findings' | 'accepted'> {
  const findings: Finding[] = [];
  const accepted: AcceptedFinding[] = [];
  for (const item of items) {
    for (const test of item.tests) {
      const base = { check: item.id, severity: item.severity, test: test.title };
      for (const finding of test.findings ?? []) findings.push({ ...base, finding });
      for (const text of test.accepted ?? []) {
        const terms = parseAcceptedText(text);
        accepted.push(
          terms
            ? {
                ...base,
                severity: terms.severity ?? item.severity,
                finding: terms.finding,
                reason: terms.reason,
                expires: terms.expires,
                ...(terms.route !== undefined && { route: terms.route }),
              }
            : { ...base, finding: text, reason: '', expires: '' },
        );
      }
    }
  }
  return { findings, accepted };
}

export function buildReadiness(
  target: string,
  outcomes: TestOutcome[],
  options: { failOn?: Severity } = {},
): Readiness {
  const ids = new Set<string>(Object.keys(CATALOG));
  for (const outcome of outcomes) if (outcome.check) ids.add(outcome.check);
  const items = [...ids].map((id) => {
    const tests = outcomes.filter((o) => o.check === id);
    return { id, ...describe(id, tests), status: statusOf(tests), tests };
  });
  const rank = (section: string) => SECTION_ORDER.indexOf(section) + 1 || SECTION_ORDER.length + 1;
  items.sort((a, b) => rank(a.section) - rank(b.section) || a.id.localeCompare(b.id));
  const counts: Record<ItemStatus, number> = { pass: 0, fail: 0, finding: 0, accepted: 0, skipped: 0, 'not-run': 0 };
  for (const item of items) counts[item.status]++;
  const unchecked = outcomes.filter((o) => !o.check && failed(o));
  const rateLimited = outcomes
    .filter((o) => o.rateLimited?.length)
    .map((o) => ({ title: o.title, waits: o.rateLimited ?? [] }));
  const passing = counts.pass + counts.finding + counts.accepted;
  return {
    ready: counts.fail === 0 && unchecked.length === 0 && passing > 0,
    target,
    ...(options.failOn && { failOn: options.failOn }),
    counts,
    items,
    ...findingsOf(items),
    rateLimited,
    rateLimits: summarizeRateLimits(rateLimited),
    latency: items.flatMap((item) => item.tests.flatMap((t) => t.latency ?? [])),
  };
}
