// auth.sign-up's judge: form, code step, signed in on the target -> pass; each missing step -> a failure saying
// which step broke.
import { expect, test } from '@playwright/test';
import { judgeSignUp, type SignUpFacts } from '../../src/checks/index.ts';

const done: SignUpFacts = {
  url: 'https://app.example.com/sign-up',
  formRendered: true,
  codeStep: true,
  userId: 'user_1',
  landedOn: 'https://app.example.com/dashboard',
  onTarget: true,
};

test('auth.sign-up: form, code, signed in on the target -> pass', () => {
  expect(judgeSignUp(done)).toMatchObject({ pass: true, fix: '' });
});

test('auth.sign-up: each broken step -> fail naming it', () => {
  const cases: [Partial<SignUpFacts>, string][] = [
    [{ formRendered: false, codeStep: false, userId: null }, 'form did not render'],
    [{ codeStep: false, userId: null, formError: 'Sign-ups are disabled' }, 'it said: Sign-ups are disabled'],
    [{ userId: null }, 'did not end signed in'],
    [{ onTarget: false, landedOn: 'https://evil.example/' }, 'sent off the target'],
  ];
  for (const [change, text] of cases) {
    const verdict = judgeSignUp({ ...done, ...change });
    expect(verdict.pass, text).toBe(false);
    expect(verdict.fix).toContain(text);
  }
});
