// "Allowed for that user": the forUser judge and how judgeSignedInAllowed words its failures.
import { expect, test } from '@playwright/test';
import { judgeSignedInAllowed } from '../../src/checks/index.ts';
import { judgeForUser, valueAtJsonPath } from '../../src/checks/for-user.ts';
import { evidence } from './helpers.ts';

const who = { userId: 'user_123', email: 'go-live+clerk_test@example.com' };
const json = (body: unknown, extra = {}) => evidence({ bodyExcerpt: JSON.stringify(body), ...extra });

test('userId (the default) and email look in the body', () => {
  expect(judgeForUser(json({ id: 'user_123' }), 'userId', who).ok).toBe(true);
  expect(judgeForUser(json({ items: [] }), 'userId', who)).toMatchObject({
    ok: false,
    problem: 'its body does not name the signed-in user user_123',
  });
  expect(judgeForUser(json({ email: 'Go-Live+clerk_test@example.com' }), 'email', who).ok).toBe(true);
  expect(judgeForUser(json({ email: 'other@example.com' }), 'email', who).ok).toBe(false);
  expect(judgeForUser(json({}), 'email', { userId: 'user_123' }).problem).toContain('no test user email');
});

test('jsonPath: the value there equals the user id or email', () => {
  expect(valueAtJsonPath('{"data":{"items":[{"owner":"x"}]}}', '$.data.items[0].owner')).toBe('x');
  expect(valueAtJsonPath('not json', '$.a')).toBeUndefined();
  expect(judgeForUser(json({ data: { owner: 'user_123' } }), { jsonPath: '$.data.owner' }, who).ok).toBe(true);
  expect(judgeForUser(json({ data: { owner: who.email } }), { jsonPath: '$.data.owner' }, who).ok).toBe(true);
  // Naming the user elsewhere is not enough: the owner is someone else.
  const other = judgeForUser(
    json({ data: { owner: 'user_999', viewer: 'user_123' } }),
    { jsonPath: '$.data.owner' },
    who,
  );
  expect(other).toMatchObject({ ok: false, problem: '$.data.owner is "user_999"' });
  expect(judgeForUser(json({}), { jsonPath: '$.data.owner' }, who).problem).toBe(
    'its body has no $.data.owner (or is not JSON)',
  );
});

test('header: a response header (any case) equal to the user id or email', () => {
  expect(judgeForUser(evidence({ headers: { 'x-user-id': 'user_123' } }), { header: 'X-User-Id' }, who).ok).toBe(true);
  expect(judgeForUser(evidence({ headers: {} }), { header: 'x-user-id' }, who).problem).toBe(
    'it sent no x-user-id header',
  );
  expect(judgeForUser(evidence({ headers: { 'x-user-id': 'user_9' } }), { header: 'x-user-id' }, who).ok).toBe(false);
});

test('none: the signed-in answer differs from the signed-out one', () => {
  const list = json({ items: [{ title: 'mine' }] });
  expect(
    judgeForUser(list, 'none', who, evidence({ status: 401, bodyExcerpt: '{"error":"unauthenticated"}' })).ok,
  ).toBe(true);
  expect(judgeForUser(list, 'none', who, json({ items: [{ title: 'mine' }] }))).toMatchObject({
    ok: false,
    problem: 'it answers exactly what a signed-out caller gets (200, same body)',
  });
  expect(judgeForUser(list, 'none', who).ok).toBe(false);
});

test.describe('judgeSignedInAllowed with forUser', () => {
  const url = 'https://app.example.com/api/items';

  test('a list that names nobody fails by default and the fix says how to describe it', () => {
    const verdict = judgeSignedInAllowed(json({ items: [] }, { url }), { path: '/api/items' }, { user: who });
    expect(verdict.pass).toBe(false);
    expect(verdict.expected).toBe("200, with the signed-in user's id user_123 in the body");
    expect(verdict.fix).toContain("forUser 'email', { jsonPath: '$.data.owner' }");
    expect(
      judgeSignedInAllowed(
        json({ items: [] }, { url }),
        { path: '/api/items', forUser: 'none' },
        {
          user: who,
          signedOut: evidence({ url, status: 401 }),
        },
      ).pass,
    ).toBe(true);
  });

  test('a jsonPath route names its expectation and passes on its owner', () => {
    const route = { path: '/api/notes', method: 'POST', allowed: [201], forUser: { jsonPath: '$.note.authorId' } };
    const verdict = judgeSignedInAllowed(json({ note: { authorId: 'user_123' } }, { url, status: 201 }), route, {
      user: who,
    });
    expect(verdict).toMatchObject({
      pass: true,
      expected: `201, with $.note.authorId in the JSON body equal to user_123 or ${who.email}`,
    });
  });

  test('a 400 or 422 signed in says the request body is probably wrong, never "add it to allowed"', () => {
    for (const status of [400, 422]) {
      const verdict = judgeSignedInAllowed(
        evidence({ url, status }),
        { path: '/api/notes', method: 'POST', body: {} },
        {
          user: who,
        },
      );
      expect(verdict.pass).toBe(false);
      expect(verdict.fix).toContain('the "body" (or "form") the profile sends does not pass its validation');
      expect(verdict.fix).toContain(`Do not add ${status} to "denied"`);
      expect(verdict.fix).not.toMatch(/add it to/);
    }
  });
});
