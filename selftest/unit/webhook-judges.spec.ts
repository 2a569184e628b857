// Webhook judges: a valid delivery must get a 2xx; a badly signed one a rejection status, never a 2xx
// (signature not verified) nor a 5xx (crash), and not an answer from Clerk's middleware instead of the handler.
import { expect, test } from '@playwright/test';
import {
  judgeRouteReachable,
  judgeWebhookAccepted,
  judgeWebhookRejected,
  publicPatternFor,
  REJECTED_CASES,
} from '../../src/checks/index.ts';
import { evidence } from './helpers.ts';

const url = 'https://app.example.com/api/webhooks/clerk';
const at = (status: number, extra: Parameters<typeof evidence>[0] = {}) =>
  evidence({ url, status, method: 'POST', ...extra });

test.describe('valid signature -> accepted', () => {
  test('2xx passes, under the id and claim the caller names', () => {
    for (const status of [200, 201, 204])
      expect(judgeWebhookAccepted(at(status))).toMatchObject({
        pass: true,
        id: 'webhooks.replay',
        title: 'POST /api/webhooks/clerk with a correctly signed user.created -> 2xx',
      });
    expect(judgeWebhookAccepted(at(200), { id: 'webhooks.signature-rotation', what: 'two signatures' })).toMatchObject({
      pass: true,
      id: 'webhooks.signature-rotation',
      title: 'POST /api/webhooks/clerk with two signatures -> 2xx',
    });
  });

  test('each failure names its likely cause', () => {
    expect(judgeWebhookAccepted(at(400)).fix).toContain('CLERK_WEBHOOK_SIGNING_SECRET must be the endpoint');
    expect(judgeWebhookAccepted(at(307, { location: '/sign-in' })).fix).toContain(
      "add '/api/webhooks(.*)' to the public routes",
    );
    expect(judgeWebhookAccepted(at(404, { headers: { 'x-clerk-auth-reason': 'protect-rewrite' } })).fix).toContain(
      'public routes',
    );
    expect(judgeWebhookAccepted(at(404)).fix).toContain('set CGL_WEBHOOK_PATH');
    expect(judgeWebhookAccepted(at(405)).fix).toContain('export a POST handler');
    expect(judgeWebhookAccepted(at(500)).fix).toContain('svix 2.x returns nothing');
    expect(judgeWebhookAccepted(at(500)).fix).toContain('{ id, object, deleted }');
  });

  test('no answer in time fails and says why it matters', () => {
    const verdict = judgeWebhookAccepted({ url, timedOutAfterMs: 10_000 });
    expect(verdict).toMatchObject({ pass: false, actual: 'no answer within 10 s' });
    expect(verdict.fix).toContain('retries');
  });
});

test.describe('bad signature -> rejected', () => {
  test('a listed status passes, also when @clerk/nextjs stamps its signed-out headers on the public route', () => {
    expect(judgeWebhookRejected(at(400))).toMatchObject({
      pass: true,
      id: 'webhooks.bad-signature-rejected',
      title: 'POST /api/webhooks/clerk with a wrong signature -> 400 or 401',
    });
    expect(
      judgeWebhookRejected(
        at(401, {
          headers: { 'x-clerk-auth-status': 'signed-out', 'x-clerk-auth-reason': 'session-token-and-uat-missing' },
        }),
      ).pass,
    ).toBe(true);
    expect(judgeWebhookRejected(at(403), [403]).pass).toBe(true);
  });

  test('a 2xx means the signature is not verified', () => {
    const verdict = judgeWebhookRejected(at(200, { bodyExcerpt: '{"ok":true}' }));
    expect(verdict.pass).toBe(false);
    expect(verdict.fix).toContain('anyone can forge Clerk events');
    expect(verdict.fix).toContain('verifyWebhook(req)');
  });

  test('a 5xx always fails, even if listed', () => {
    const verdict = judgeWebhookRejected(at(500), [400, 500]);
    expect(verdict.pass).toBe(false);
    expect(verdict.fix).toContain('catch the verification error and answer 400');
  });

  test("an answer from Clerk's middleware proves nothing about the handler", () => {
    expect(
      judgeWebhookRejected(at(404, { headers: { 'x-clerk-auth-reason': 'protect-rewrite' } }), [400, 404]).fix,
    ).toContain('proves nothing');
    expect(judgeWebhookRejected(at(307, { location: '/sign-in' })).fix).toContain('public routes');
  });

  test('an unlisted 4xx suggests listing it', () => {
    expect(judgeWebhookRejected(at(403)).fix).toContain(
      'list it in webhook.rejectStatuses (CGL_WEBHOOK_REJECT_STATUSES)',
    );
    expect(judgeWebhookRejected(at(404)).fix).toContain('set CGL_WEBHOOK_PATH');
  });
});

test.describe('the negative matrix', () => {
  test('each case judges under its own id, with a fix for accepting it', () => {
    const ids = Object.values(REJECTED_CASES).map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of Object.values(REJECTED_CASES)) {
      expect(judgeWebhookRejected(at(400), [400], rule)).toMatchObject({ pass: true, id: rule.id });
      expect(judgeWebhookRejected(at(200), [400], rule)).toMatchObject({ pass: false, fix: rule.ifAccepted });
    }
  });

  test('re-formatting and timestamps name the real mistake', () => {
    expect(judgeWebhookRejected(at(200), [400], REJECTED_CASES.bodyReformatted).fix).toContain(
      'JSON.stringify(await req.json())',
    );
    expect(judgeWebhookRejected(at(204), [400], REJECTED_CASES.staleTimestamp).fix).toContain('replayed forever');
    expect(judgeWebhookRejected(at(200), [400], REJECTED_CASES.futureTimestamp).fix).toContain('both ways');
  });

  test('an oversized body may also be refused with 413, but never hang or crash', () => {
    expect(judgeWebhookRejected(at(413), [400], REJECTED_CASES.oversized).pass).toBe(true);
    expect(judgeWebhookRejected(at(413), [400], REJECTED_CASES.bodyChanged).pass).toBe(false);
    expect(judgeWebhookRejected(at(502), [400], REJECTED_CASES.oversized).pass).toBe(false);
    expect(judgeWebhookRejected({ url, timedOutAfterMs: 10_000 }, [400], REJECTED_CASES.oversized)).toMatchObject({
      pass: false,
      actual: 'no answer within 10 s',
    });
  });
});

test.describe('route reachability', () => {
  test('anything the handler answers proves the path is public', () => {
    for (const status of [200, 400, 500])
      expect(judgeRouteReachable(at(status), '/sign-in')).toMatchObject({ pass: true, id: 'webhooks.route-public' });
  });

  test('401/403/404 or a redirect to sign-in: the middleware blocks it, and the fix names the public route', () => {
    for (const blocked of [
      at(401),
      at(403),
      at(404, { headers: { 'x-clerk-auth-reason': 'protect-rewrite' } }),
      at(307, { location: '/sign-in?redirect_url=x' }),
    ]) {
      const verdict = judgeRouteReachable(blocked, '/sign-in');
      expect(verdict.pass).toBe(false);
      expect(verdict.fix).toContain('The middleware blocks the webhook path');
      expect(verdict.fix).toContain("Add '/api/webhooks(.*)' to the public routes");
    }
    expect(judgeRouteReachable(at(307, { location: '/sign-in' }), '/sign-in').fix).toContain('(a redirect to sign-in)');
    expect(
      judgeRouteReachable(at(404, { headers: { 'x-clerk-auth-reason': 'protect-rewrite' } }), '/sign-in').fix,
    ).toContain('auth.protect()');
  });

  test('the public pattern follows the configured path', () => {
    expect(publicPatternFor('/api/webhooks/clerk')).toBe('/api/webhooks(.*)');
    expect(publicPatternFor('/hooks/clerk')).toBe('/hooks/clerk(.*)');
  });
});
