// The sign-in page during a Clerk outage: instead of an empty area where Clerk's <SignIn/> would be, or a
// spinner forever, it must show a fallback ("Sign-in is temporarily unavailable") within the budget. The fallback
// is what the team names (clerkDown.fallback: text or a CSS selector), else any visible line the healthy sign-in
// page does not show (its chrome, headings and Clerk's form are subtracted; loading text does not count).
import { errorNote, OUTAGE_LABEL, type OutageMode } from './clerk-down.ts';
import { fixFor } from './framework.ts';
import { splitErrors, type PageError } from './outage-text.ts';
import { cap } from './verdict.ts';
import type { Verdict } from './verdict.ts';

export interface SignInFallbackFacts {
  mode: OutageMode;
  url: string;
  budgetMs: number;
  /** The team's fallback (clerkDown.fallback), or null. */
  fallback: { kind: 'text' | 'selector'; value: string } | null;
  /** Clerk loaded on the healthy sign-in page (without it, and without a named fallback, nothing to compare). */
  healthyLoaded: boolean;
  /** ms from navigation until the fallback showed; null: not within the budget. */
  shownAfterMs: number | null;
  /** What showed: the matched text, or the new lines. */
  shown: readonly string[];
  /** The page's visible lines at the end, for the evidence. */
  now: readonly string[];
  errors: readonly PageError[];
  /** Requests to Clerk the outage refused or held on this page. */
  refused: number;
  /** Where the budget is set, as a failure names it. */
  setting: string;
}

const FALLBACK_SETTING = 'clerkDown.fallback / CGL_CLERK_DOWN_FALLBACK';

const described = (f: SignInFallbackFacts['fallback']) =>
  f === null
    ? 'visible text the healthy sign-in page does not show (a message, not loading text)'
    : f.kind === 'text'
      ? `the text "${cap(f.value, 80)}"`
      : `a visible ${cap(f.value, 80)}`;

export function judgeOutageSignInFallback(facts: SignInFallbackFacts): Verdict {
  const base = {
    id: 'recovery.clerk-down.sign-in-fallback',
    title: `sign-in page with ${OUTAGE_LABEL[facts.mode]} -> a fallback message within ${facts.budgetMs} ms`,
    url: facts.url,
    expected: `${described(facts.fallback)} within ${facts.budgetMs} ms (${facts.setting}), no uncaught page error beyond Clerk's own`,
  } as const;
  const evidence = [
    facts.shownAfterMs === null
      ? `nothing after ${facts.budgetMs} ms; the page showed: ${facts.now.length ? cap(facts.now.join(' / ')) : 'no text'}`
      : `after ${facts.shownAfterMs} ms: ${cap(facts.shown.join(' / '))}`,
    `${facts.refused} request(s) to Clerk failed`,
    errorNote(facts.errors),
  ];
  const actual = evidence.filter(Boolean).join('; ');
  if (facts.refused === 0)
    return {
      ...base,
      pass: true,
      actual,
      fix: '',
      skip: 'The sign-in page made no request to Clerk the drill could fail (clerk-js bundled into the app and a Frontend API elsewhere?): nothing to judge.',
    };
  if (facts.fallback === null && !facts.healthyLoaded)
    return {
      ...base,
      pass: true,
      actual,
      fix: '',
      skip: `Clerk did not load on the sign-in page with Clerk reachable (auth.sign-in judges that), so there is no healthy page to tell a fallback from; name it in ${FALLBACK_SETTING} to judge it anyway.`,
    };
  const appErrors = splitErrors(facts.errors).app.length > 0;
  const pass = facts.shownAfterMs !== null && !appErrors;
  const how = fixFor({
    nextjs:
      'Next to <SignIn/>, render a notice while Clerk is not loaded after a few seconds (a timer on useAuth().isLoaded) and inside <ClerkFailed> (clerk-js reported its load failure), e.g. "Sign-in is temporarily unavailable. Please try again in a few minutes."',
    express:
      'Put a hidden notice beside the element you mount SignIn on and show it when window.Clerk is missing or Clerk.load() rejects, and from a timer of a few seconds in an inline or async script (a deferred clerk-js that never answers holds back every deferred script after it).',
    generic:
      'Beside the sign-in mount, show a notice when clerk-js fails to load or Clerk.load() rejects, and when Clerk is not loaded after a few seconds (a timer outside clerk-js: a script that never answers fires no error).',
    any: 'Beside the sign-in component, show a notice ("Sign-in is temporarily unavailable") when clerk-js fails to load (<ClerkFailed>, Clerk.load() rejecting, window.Clerk missing) and when Clerk is not loaded after a few seconds (a timer: a script that never answers fires no error).',
  });
  const judged =
    facts.fallback === null
      ? ` Judged without clerkDown.fallback: any visible line the healthy page lacks counts; name the fallback (${FALLBACK_SETTING}: text or a CSS selector) to judge exactly that.`
      : '';
  return {
    ...base,
    pass,
    actual,
    fix: pass
      ? ''
      : facts.shownAfterMs === null
        ? `During a Clerk outage the sign-in page leaves visitors with an empty area or a spinner. ${how}${judged} A slower fallback needs a larger ${facts.setting}.`
        : 'The sign-in page threw while Clerk was unreachable: catch the failure where it waits for Clerk (Clerk.load() rejecting, window.Clerk missing).',
  };
}
