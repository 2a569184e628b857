// The Clerk outage drill's judges for public pages and protected routes (the sign-in fallback's judge is in
// clerk-down-sign-in.ts). With Clerk's Frontend API and clerk-js failing in the browser (answered 503, or never
// answered), public pages must still show what they show when Clerk is healthy, and protected pages and API
// routes must still deny a signed-out visitor. Evidence: tests/recovery/clerk-down.spec.ts.
import { isSignIn } from './clerk-signals.ts';
import { pathOf } from './evidence.ts';
import { fixFor } from './framework.ts';
import { shareKept, splitErrors, type PageError } from './outage-text.ts';
import { cap } from './verdict.ts';
import type { Verdict } from './verdict.ts';

export type OutageMode = '503' | 'hang';

export const OUTAGE_LABEL: Record<OutageMode, string> = {
  '503': "Clerk's Frontend API and clerk-js answering 503",
  hang: "Clerk's Frontend API and clerk-js never answering",
};

/** Of a healthy public page's lines, the share that must still show during the outage. */
export const KEPT_SHARE = 0.5;

export interface OutagePage {
  path: string;
  url: string;
  /** The document's status as the browser got it; null: no answer. */
  status: number | null;
  /** Where the browser ended. */
  finalUrl: string;
  /** The page's visible lines with Clerk healthy, and during the outage. */
  healthy: readonly string[];
  now: readonly string[];
}

export interface PublicPagesFacts {
  mode: OutageMode;
  pages: readonly OutagePage[];
  signIn: string;
  errors: readonly PageError[];
  /** Requests to Clerk the outage refused or held. */
  refused: number;
}

/** "Clerk's own: …" for the evidence; the app's errors are the finding. */
export function errorNote(errors: readonly PageError[]): string {
  const { app, clerk } = splitErrors(errors);
  const parts = [];
  if (app.length) parts.push(`uncaught page errors: ${app.map((m) => cap(m, 120)).join(' | ')}`);
  if (clerk.length) parts.push(`Clerk's own errors (not counted): ${clerk.map((m) => cap(m, 120)).join(' | ')}`);
  return parts.join('; ');
}

const appErrorFix = (errors: readonly PageError[]) =>
  splitErrors(errors).app.length
    ? ' The page threw while Clerk was unreachable: catch the failure where the app waits for Clerk ' +
      '(Clerk.load() rejects, window.Clerk is missing) instead of using what never loaded.'
    : '';

export function judgeOutagePublicPages(facts: PublicPagesFacts): Verdict {
  const problems = facts.pages.flatMap((page) => {
    const at = pathOf(page.url);
    if (page.status === null) return [`${at}: no answer`];
    if (page.status >= 400) return [`${at}: ${page.status}`];
    if (isSignIn(new URL(page.finalUrl), facts.signIn, page.url)) return [`${at}: sent to sign-in`];
    const kept = shareKept(page.now, page.healthy);
    return kept < KEPT_SHARE ? [`${at}: shows ${Math.round(kept * 100)}% of its healthy text`] : [];
  });
  const appErrors = splitErrors(facts.errors).app.length;
  const pass = problems.length === 0 && appErrors === 0;
  return {
    id: 'recovery.clerk-down.public-pages',
    title: `public pages with ${OUTAGE_LABEL[facts.mode]} -> still render`,
    url: facts.pages[0]?.url ?? '',
    pass,
    expected: `each public page answers 2xx and shows at least ${KEPT_SHARE * 100}% of the text it shows with Clerk healthy, with no uncaught page error beyond Clerk's own`,
    actual: [
      problems.length ? problems.join('; ') : `${facts.pages.length} page(s) rendered`,
      `${facts.refused} request(s) to Clerk failed`,
      errorNote(facts.errors),
    ]
      .filter(Boolean)
      .join('; '),
    fix: pass
      ? ''
      : `${problems.length ? 'Public pages depend on Clerk in the browser. ' : ''}${fixFor({
          nextjs:
            'Render public content on the server and outside <ClerkLoaded> / <SignedIn> / isLoaded conditions; keep only the auth UI (user button, sign-in links) waiting for Clerk.',
          express:
            "Serve public content in the page's HTML; load clerk-js with async or defer and never gate the page's content on Clerk.load().",
          generic:
            'Serve public content without waiting for clerk-js: load it async/defer and gate only the auth UI on Clerk being loaded.',
          any: 'Render public content without waiting for Clerk: outside <ClerkLoaded> / isLoaded conditions (Next.js), in the HTML with clerk-js loaded async/defer (other apps); only the auth UI may wait for Clerk.',
        })}${appErrorFix(facts.errors)}`,
  };
}

export interface DeniedAnswer {
  /** "GET /dashboard" or "POST /api/notes". */
  name: string;
  url: string;
  /** The answer's status (a page: the document the browser ended on); null: no answer. */
  status: number | null;
  /** Where a page ended; an API call's Location, if any. */
  finalUrl?: string;
  kind: 'page' | 'api';
}

export interface FailClosedFacts {
  mode: OutageMode;
  answers: readonly DeniedAnswer[];
  errors: readonly PageError[];
}

/** Served: a 2xx on the route itself (a page that stayed on its own path). */
function served(answer: DeniedAnswer): boolean {
  if (answer.status === null || answer.status < 200 || answer.status >= 300) return false;
  if (answer.kind === 'api' || !answer.finalUrl) return true;
  return new URL(answer.finalUrl).pathname === new URL(answer.url).pathname;
}

export function judgeOutageFailClosed(facts: FailClosedFacts): Verdict {
  const open = facts.answers.filter(served);
  const describe = (a: DeniedAnswer) =>
    `${a.name} -> ${a.status ?? 'no answer'}${a.finalUrl && a.kind === 'page' ? ` (ended on ${pathOf(a.finalUrl)})` : ''}`;
  return {
    id: 'recovery.clerk-down.fail-closed',
    title: `protected routes with ${OUTAGE_LABEL[facts.mode]} -> still denied`,
    url: open[0]?.url ?? facts.answers[0]?.url ?? '',
    pass: open.length === 0,
    expected: 'every protected page and API route still denies a signed-out visitor: no 2xx answer on the route itself',
    actual: [facts.answers.map(describe).join('; '), errorNote(facts.errors)].filter(Boolean).join('; '),
    fix:
      open.length === 0
        ? ''
        : `SECURITY: ${open.map((a) => a.name).join(', ')} served a signed-out visitor while Clerk was unreachable. ${fixFor(
            {
              nextjs:
                'Protect on the server (auth.protect() in middleware.ts / proxy.ts, or auth() in the page), never with client-side guards, and never treat a Clerk error as signed in.',
              express:
                'Guard the route on the server after app.use(clerkMiddleware()) (getAuth(req).userId, else deny), never in the browser, and never let an error in the guard call next().',
              generic:
                "Decide on the server with @clerk/backend's authenticateRequest() and deny when it is not signed in or throws; never rely on clerk-js in the browser to hide protected content.",
              any: 'Protect on the server (auth.protect(), a getAuth(req) guard, authenticateRequest()), not with client-side guards, and deny when the check fails or throws.',
            },
          )}`,
  };
}
