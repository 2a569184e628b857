// The severity gate: a failed check at or above failOn fails, below it is a finding; an unexpired waiver
// accepts it (on its route, or everywhere), an expired one no longer does and the failure says so. Then the
// running test's side: the finding or accepted annotation toPassCheck() records.
import { expect, test } from '@playwright/test';
import {
  acceptedText,
  atLeast,
  expiredText,
  gateFailure,
  isExpired,
  parseAcceptedText,
  utcToday,
  waiverMatches,
  type Waiver,
} from '../../src/checks/gate.ts';
import { gateOfRunningTest } from '../../fixtures/severity-gate.ts';
import { formatVerdict } from '../../fixtures/matchers.ts';
import type { Verdict } from '../../src/checks/index.ts';

const TODAY = '2026-12-02';
const failed = {
  check: 'headers.csp',
  severity: 'high' as const,
  url: 'https://app.example.com/pricing?plan=pro',
  testTitle: 'GET /pricing -> Content-Security-Policy enforced',
};
const waiver: Waiver = { check: 'headers.csp', reason: 'the widget needs unsafe-inline', expires: '2026-12-31' };

test('severities rank critical > high > medium > low', () => {
  expect(atLeast('critical', 'medium')).toBe(true);
  expect(atLeast('medium', 'medium')).toBe(true);
  expect(atLeast('low', 'medium')).toBe(false);
  expect(atLeast('low', 'low')).toBe(true);
  expect(atLeast('high', 'critical')).toBe(false);
});

test('no waiver: at or above failOn fails, below it is a finding', () => {
  const policy = (failOn: 'critical' | 'high' | 'medium' | 'low') => ({ failOn, waivers: [] });
  expect(gateFailure(failed, policy('medium'), TODAY)).toEqual({ outcome: 'fail' });
  expect(gateFailure(failed, policy('high'), TODAY)).toEqual({ outcome: 'fail' });
  expect(gateFailure(failed, policy('critical'), TODAY)).toEqual({ outcome: 'finding' });
  expect(gateFailure({ ...failed, severity: 'low' }, policy('medium'), TODAY)).toEqual({ outcome: 'finding' });
  expect(gateFailure({ ...failed, severity: 'low' }, policy('low'), TODAY)).toEqual({ outcome: 'fail' });
});

test('an unexpired waiver accepts the failure, whatever its severity; the last day still holds', () => {
  const rules = { failOn: 'low' as const, waivers: [waiver] };
  expect(gateFailure(failed, rules, TODAY)).toEqual({ outcome: 'accepted', waiver });
  expect(gateFailure({ ...failed, severity: 'critical' }, rules, TODAY)).toEqual({ outcome: 'accepted', waiver });
  expect(gateFailure(failed, rules, '2026-12-31')).toEqual({ outcome: 'accepted', waiver });
  expect(isExpired(waiver, '2026-12-31')).toBe(false);
  expect(isExpired(waiver, '2027-01-01')).toBe(true);
});

test('an expired waiver no longer accepts: the failure names it; below failOn it is a finding as usual', () => {
  const rules = { failOn: 'medium' as const, waivers: [waiver] };
  expect(gateFailure(failed, rules, '2027-01-01')).toEqual({ outcome: 'fail', expiredWaiver: waiver });
  expect(gateFailure({ ...failed, severity: 'low' }, rules, '2027-01-01')).toEqual({ outcome: 'finding' });
  expect(expiredText(waiver)).toBe(
    'The waiver for headers.csp expired on 2026-12-31 (reason: the widget needs unsafe-inline): renew it in the ' +
      'config file or fix the finding.',
  );
  // An expired waiver beside a current one for the same check: the current one holds.
  const renewed = { ...waiver, expires: '2027-02-28' };
  expect(gateFailure(failed, { ...rules, waivers: [waiver, renewed] }, '2027-01-01')).toEqual({
    outcome: 'accepted',
    waiver: renewed,
  });
});

test('a waiver matches its check, and its route against the URL path or a word of the test title', () => {
  expect(waiverMatches(waiver, failed)).toBe(true);
  expect(waiverMatches({ ...waiver, check: 'headers.csp-clerk' }, failed)).toBe(false);
  expect(waiverMatches({ ...waiver, route: '/pricing' }, failed)).toBe(true);
  expect(waiverMatches({ ...waiver, route: '/pricing' }, { ...failed, url: '/pricing' })).toBe(true);
  expect(waiverMatches({ ...waiver, route: '/' }, failed)).toBe(false);
  expect(waiverMatches({ ...waiver, route: '/pric' }, failed)).toBe(false);
  const byTitle = { ...failed, url: 'several URLs', testTitle: 'POST /api/orders signed out -> denied' };
  expect(waiverMatches({ ...waiver, route: '/api/orders' }, byTitle)).toBe(true);
  expect(waiverMatches({ ...waiver, route: '/api/order' }, byTitle)).toBe(false);
});

test('the accepted text carries expiry, route, severity and reason, and reads back', () => {
  const text = acceptedText({ ...waiver, route: '/pricing' }, 'high', 'GET /pricing …\n  URL: …');
  expect(text.split('\n')[0]).toBe('Accepted until 2026-12-31 on /pricing (high): the widget needs unsafe-inline');
  expect(parseAcceptedText(text)).toEqual({
    expires: '2026-12-31',
    route: '/pricing',
    severity: 'high',
    reason: 'the widget needs unsafe-inline',
    finding: 'GET /pricing …\n  URL: …',
  });
  expect(parseAcceptedText(acceptedText(waiver, 'low', 'x'))).toMatchObject({ reason: waiver.reason });
  const multiLine = acceptedText({ ...waiver, reason: 'two\nlines' }, 'low', 'x');
  expect(parseAcceptedText(multiLine)).toMatchObject({ reason: 'two lines', finding: 'x' });
  expect(parseAcceptedText('something else')).toBeNull();
});

test('utcToday is the UTC calendar day', () => {
  expect(utcToday(new Date('2026-12-02T23:30:00-05:00'))).toBe('2026-12-03');
});

const nosniff: Verdict = {
  id: 'headers.nosniff',
  title: 'GET / -> X-Content-Type-Options: nosniff',
  pass: false,
  url: 'https://app.example.com/',
  expected: 'X-Content-Type-Options: nosniff',
  actual: 'no X-Content-Type-Options header',
  fix: 'Send `X-Content-Type-Options: nosniff`.',
};
const policy =
  (failOn: 'medium' | 'low', waivers: Waiver[] = []) =>
  () => ({ failOn, waivers, today: TODAY });
const pushed = (type: string) => test.info().annotations.filter((a) => a.type === type);

test.describe('in a test carrying check("headers.nosniff") (low)', () => {
  const details = {
    annotation: [
      { type: 'check', description: 'headers.nosniff' },
      { type: 'severity', description: 'low' },
    ],
  };

  test('below failOn: passes and records the finding with the formatted verdict', details, () => {
    expect(gateOfRunningTest(nosniff, formatVerdict(nosniff), policy('medium'))).toEqual({ pass: true });
    expect(pushed('finding').map((a) => a.description)).toEqual([formatVerdict(nosniff)]);
  });

  test('at failOn: fails, recording nothing', details, () => {
    expect(gateOfRunningTest(nosniff, formatVerdict(nosniff), policy('low'))).toEqual({ pass: false });
    expect(pushed('finding')).toEqual([]);
  });

  test('waived: passes and records the acceptance with reason, expiry and finding', details, () => {
    const w = { check: 'headers.nosniff', reason: 'CDN rule ships Friday', expires: '2026-12-10' };
    expect(gateOfRunningTest(nosniff, formatVerdict(nosniff), policy('low', [w]))).toEqual({ pass: true });
    const [accepted] = pushed('accepted').map((a) => a.description ?? '');
    expect(accepted).toContain('Accepted until 2026-12-10 (low): CDN rule ships Friday');
    expect(accepted).toContain('Found:    no X-Content-Type-Options header');
  });

  test('expired waiver: fails with the expiry first', details, () => {
    const w = { check: 'headers.nosniff', reason: 'CDN rule', expires: '2026-11-30' };
    const result = gateOfRunningTest(nosniff, formatVerdict(nosniff), policy('low', [w]));
    expect(result).toEqual({ pass: false, preface: expect.stringContaining('expired on 2026-11-30') });
  });
});

test.describe('in a test carrying check("preflight.clerk-advisories") (high in the catalog)', () => {
  const details = {
    annotation: [
      { type: 'check', description: 'preflight.clerk-advisories' },
      { type: 'severity', description: 'high' },
    ],
  };
  const advisory: Verdict = { ...nosniff, id: 'preflight.clerk-advisories', severity: 'critical' };

  test("a verdict's own severity is the one gated and reported", details, () => {
    expect(gateOfRunningTest(advisory, formatVerdict(advisory), policy('medium'))).toEqual({ pass: false });
    expect(pushed('severity').map((a) => a.description)).toEqual(['critical']);
    const low = { ...advisory, severity: 'low' } as const;
    expect(gateOfRunningTest(low, formatVerdict(low), policy('medium'))).toEqual({ pass: true });
  });
});

test('a test with no check annotation is not gated (its failure would belong to no checklist item)', () => {
  expect(gateOfRunningTest(nosniff, formatVerdict(nosniff), policy('medium'))).toEqual({ pass: false });
});
