// Pure: test outcomes -> the production checklist. Each checklist item is a check id (src/checks/catalog.ts);
// its status is the worst of the tests that prove it. No I/O here: the reporter collects, renderers print.
import { CHECKS, type CheckId } from '../checks/index.ts';

export type ItemStatus = 'pass' | 'fail' | 'skipped' | 'not-run';

export interface TestOutcome {
  check: string | undefined;
  title: string;
  project: string;
  status: 'passed' | 'failed' | 'timedOut' | 'skipped' | 'interrupted';
  /** First lines of the failure (already redacted), or the skip reason. */
  detail?: string;
  /** Each wait for a 429 from Clerk (fixtures/clerk-retry.ts): rate limiting, reported, never a failure. */
  rateLimited?: string[];
}

export interface ChecklistItem {
  id: string;
  claim: string;
  area: string;
  status: ItemStatus;
  tests: TestOutcome[];
}

export interface Readiness {
  ready: boolean;
  target: string;
  counts: Record<ItemStatus, number>;
  items: ChecklistItem[];
  /** Tests that waited out Clerk's rate limiting (429) and went on. */
  rateLimited: { title: string; waits: string[] }[];
}

const AREA_ORDER = ['preflight', 'auth', 'api', 'webhooks', 'headers'];

function statusOf(tests: TestOutcome[]): ItemStatus {
  if (tests.length === 0) return 'not-run';
  if (tests.some((t) => t.status === 'failed' || t.status === 'timedOut' || t.status === 'interrupted')) return 'fail';
  if (tests.every((t) => t.status === 'skipped')) return 'skipped';
  return 'pass';
}

export function buildReadiness(target: string, outcomes: TestOutcome[]): Readiness {
  const ids = new Set<string>(Object.keys(CHECKS));
  for (const outcome of outcomes) if (outcome.check) ids.add(outcome.check);
  const items = [...ids].map((id) => {
    const tests = outcomes.filter((o) => o.check === id);
    return {
      id,
      claim: CHECKS[id as CheckId] ?? id,
      area: id.split('.')[0] ?? 'other',
      status: statusOf(tests),
      tests,
    };
  });
  const rank = (area: string) => AREA_ORDER.indexOf(area) + 1 || AREA_ORDER.length + 1;
  items.sort((a, b) => rank(a.area) - rank(b.area) || a.id.localeCompare(b.id));
  const counts: Record<ItemStatus, number> = { pass: 0, fail: 0, skipped: 0, 'not-run': 0 };
  for (const item of items) counts[item.status]++;
  const unchecked = outcomes.filter((o) => !o.check && (o.status === 'failed' || o.status === 'timedOut'));
  const rateLimited = outcomes
    .filter((o) => o.rateLimited?.length)
    .map((o) => ({ title: o.title, waits: o.rateLimited ?? [] }));
  return { ready: counts.fail === 0 && unchecked.length === 0 && counts.pass > 0, target, counts, items, rateLimited };
}
