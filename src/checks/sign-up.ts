// A new visitor can sign up: on the sign-up page the app names to clerk-js, Clerk's form takes a test address
// and password, the email code step takes Clerk's test code, and the visitor ends signed in (clerk-js holds a
// user) on the target. Evidence is gathered in a fresh browser context (tests/auth/sign-up.spec.ts).
import { fixFor } from './framework.ts';
import type { Verdict } from './verdict.ts';

export interface SignUpFacts {
  /** The sign-up page visited. */
  url: string;
  /** Clerk's sign-up form (its email field) rendered there. */
  formRendered: boolean;
  /** The email-code step was reached after the form was sent. */
  codeStep: boolean;
  /** clerk-js's user id after the code, or null. */
  userId: string | null;
  /** Where the browser ended, and whether that is on the target's origin. */
  landedOn: string;
  onTarget: boolean;
  /** An error Clerk's form showed, if any (capped). */
  formError?: string;
}

export function judgeSignUp(facts: SignUpFacts): Verdict {
  const problem = !facts.formRendered
    ? "Clerk's sign-up form did not render on the sign-up page."
    : !facts.codeStep
      ? `The form did not move on to the email code step${facts.formError ? ` (it said: ${facts.formError})` : ''}.`
      : facts.userId === null
        ? `The code step did not end signed in${facts.formError ? ` (it said: ${facts.formError})` : ''}.`
        : !facts.onTarget
          ? `The new user was sent off the target, to ${facts.landedOn}.`
          : null;
  return {
    id: 'auth.sign-up',
    title: 'sign-up page -> a new user signs up with a test address and lands signed in',
    url: facts.url,
    pass: problem === null,
    expected: "Clerk's sign-up form, the email code step, then a signed-in user on the target",
    actual: [
      facts.formRendered ? 'form rendered' : 'no sign-up form',
      facts.codeStep ? 'code step reached' : '',
      facts.userId ? 'signed in' : '',
      `ended on ${facts.landedOn}`,
    ]
      .filter(Boolean)
      .join('; '),
    fix:
      problem === null
        ? ''
        : `${problem} ${fixFor({
            nextjs:
              'Render <SignUp /> on an optional catch-all route (app/sign-up/[[...sign-up]]/page.tsx), set NEXT_PUBLIC_CLERK_SIGN_UP_URL to it and keep it public in middleware.ts / proxy.ts.',
            express:
              'Serve a public sign-up page that loads clerk-js and calls Clerk.mountSignUp(), and pass its path as clerk.load({ signUpUrl }).',
            generic: "Serve a public page that mounts Clerk's SignUp component, and name it to clerk-js as signUpUrl.",
            any: "Mount Clerk's <SignUp/> on a public page and name it to Clerk as the sign-up URL (NEXT_PUBLIC_CLERK_SIGN_UP_URL, signUpUrl).",
          })} In the Clerk Dashboard check that sign-up is enabled (Restrictions) and that email is an identifier.`,
  };
}
