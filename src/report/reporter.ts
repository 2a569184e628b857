// Playwright reporter: after the run, maps every test to its checklist item (the `check` annotation) and
// writes readiness-report/readiness.md and readiness.json, and the GitHub job summary when
// GITHUB_STEP_SUMMARY is set. Every text it writes passes through redaction first, and each test's trace and
// text artifacts lose their secrets as the test ends (src/report/scrub.ts).
import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FullConfig, Reporter, Suite, TestCase, TestResult } from '@playwright/test/reporter';
import { suiteProfile } from '../config/load.ts';
import { redact } from '../config/secret.ts';
import { SEVERITIES, type Severity } from '../checks/index.ts';
import { buildReadiness, type TestOutcome } from './readiness.ts';
import { renderMarkdown } from './render-markdown.ts';
import { runSecrets } from './run-secrets.ts';
import { scrubResult } from './scrub.ts';
import { LATENCY_ANNOTATION, parseLatency } from './latency-annotation.ts';
import type { LatencyResult } from '../checks/latency.ts';

// Runtime annotations are on the result and, on some Playwright versions, again on the test: counted once.
const dedupe = (results: LatencyResult[]) => [...new Map(results.map((r) => [JSON.stringify(r), r])).values()];

// eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
const ANSI = /\x1b\[[0-9;]*m/g;

export default class ReadinessReporter implements Reporter {
  private root: Suite | undefined;
  private target = '';
  private readonly outputDir: string;
  private secrets: string[] | undefined;

  constructor(options: { outputDir?: string } = {}) {
    this.outputDir = resolve(options.outputDir ?? 'readiness-report');
  }

  onBegin(config: FullConfig, suite: Suite): void {
    this.root = suite;
    this.target = targetOf(config);
  }

  // The preset lists the scrub reporter first; this is for `--reporter=<yours>,clerk-go-live/reporter`, where
  // it is not there: every reporter's onTestEnd still runs before the HTML, JUnit and blob reporters copy
  // anything (in their onEnd). Scrubbing twice changes nothing.
  onTestEnd(test: TestCase, result: TestResult): void {
    this.secrets ??= runSecrets();
    scrubResult(test, result, this.secrets);
  }

  private outcome(test: TestCase, secrets: string[]): TestOutcome {
    const result: TestResult | undefined = test.results.at(-1);
    const status = result?.status ?? 'skipped';
    const skipReason = test.annotations.find((a) => a.type === 'skip')?.description;
    const error = result?.errors[0]?.message?.replace(ANSI, '').split('\n').slice(0, 8).join('\n');
    const detail = status === 'skipped' ? skipReason : status === 'passed' ? undefined : error;
    // Annotations pushed while the test ran are on the result (Playwright >= 1.52), the static ones on the test.
    const annotations = [...test.annotations, ...(result?.annotations ?? [])];
    const first = (type: string) => annotations.find((a) => a.type === type)?.description;
    const all = (type: string) => [
      ...new Set(
        annotations.filter((a) => a.type === type && a.description).map((a) => redact(a.description!, secrets)),
      ),
    ];
    const [rateLimited, findings, accepted] = [all('rate-limited'), all('finding'), all('accepted')];
    const latency = annotations
      .filter((a) => a.type === LATENCY_ANNOTATION)
      .map((a) => parseLatency(a.description))
      .filter((r) => r !== null);
    const severity = first('severity');
    return {
      check: first('check'),
      title: test.title,
      project: test.parent.project()?.name ?? '',
      status,
      detail: detail && redact(detail, secrets),
      ...(first('claim') && { claim: first('claim') }),
      ...(severity && SEVERITIES.includes(severity as Severity) && { severity: severity as Severity }),
      ...(first('checklist') && { checklist: first('checklist') }),
      ...(findings.length > 0 && { findings }),
      ...(accepted.length > 0 && { accepted }),
      ...(rateLimited.length > 0 && { rateLimited }),
      ...(latency.length > 0 && { latency: dedupe(latency) }),
    };
  }

  onEnd(): void {
    const tests = this.root?.allTests() ?? [];
    // `--list` runs the reporters too, with no results: there is nothing to report, and the last real
    // report must not be overwritten.
    if (tests.every((test) => test.results.length === 0)) return;
    const secrets = runSecrets();
    const outcomes = tests.map((test) => this.outcome(test, secrets));
    const report = buildReadiness(this.target, outcomes, runFailOn());
    const markdown = renderMarkdown(report);
    mkdirSync(this.outputDir, { recursive: true });
    writeFileSync(join(this.outputDir, 'readiness.md'), markdown);
    writeFileSync(join(this.outputDir, 'readiness.json'), `${JSON.stringify(report, null, 2)}\n`);
    if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown);
    const waits = report.rateLimited.reduce((n, test) => n + test.waits.length, 0);
    const limited = waits > 0 ? `; Clerk rate-limited the suite ${waits} time(s), waited out` : '';
    const { counts } = report;
    const extra = [
      counts.finding > 0 ? `${counts.finding} findings below the fail threshold` : '',
      counts.accepted > 0 ? `${counts.accepted} accepted` : '',
    ].filter(Boolean);
    const summary = [`${counts.pass} passed`, `${counts.fail} failed`, ...extra, `${counts.skipped} skipped`];
    const verdict = report.ready ? 'READY' : 'NOT READY';
    console.log(
      `\nGo-live readiness: ${verdict} (${summary.join(', ')}${limited}) — ${join(this.outputDir, 'readiness.md')}`,
    );
  }

  printsToStdio(): boolean {
    return false;
  }
}

/** The profile's failOn; unknown in a merged (sharded) report with no profile here. */
function runFailOn(): { failOn?: Severity } {
  try {
    return { failOn: suiteProfile().failOn };
  } catch {
    return {};
  }
}

/** The profile's target; a merged (sharded) report has no profile loaded here, but its projects keep baseURL. */
function targetOf(config: FullConfig): string {
  try {
    return suiteProfile().baseURL;
  } catch {
    return String(config.projects.find((p) => p.use.baseURL)?.use.baseURL ?? process.env.TARGET_URL ?? '');
  }
}
