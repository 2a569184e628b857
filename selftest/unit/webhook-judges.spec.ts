// Webhook judges: a valid delivery must get a 2xx; a badly signed one a rejection status, never a 2xx
// (signature not verified) nor a 5xx (crash), and not an answer from Clerk's middleware instead of the handler.
import { expect, test } from '@playwright/test';
import { judgeWebhookAccepted, judgeWebhookRejected } from '../../src/checks/index.ts';
import { evidence } from './helpers.ts';

const url = 'https://app.example.com/api/webhooks/clerk';
const at = (status: number, extra: Parameters<typeof evidence>[0] = {}) => evidence({ url, status, method: 'POST', ...extra });

test.describe('valid signature -> accepted', () => {
  test('2xx passes', () => {
    for (const status of [200, 201, 204]) expect(judgeWebhookAccepted(at(status))).toMatchObject({ pass: true, id: 'webhooks.valid-signature-accepted', title: 'POST /api/webhooks/clerk with a valid Svix signature -> 2xx' });
  });

  test('each failure names its likely cause', () => {
    expect(judgeWebhookAccepted(at(400)).fix).toContain('CLERK_WEBHOOK_SIGNING_SECRET must be the endpoint');
    expect(judgeWebhookAccepted(at(307, { location: '/sign-in' })).fix).toContain('make it public');
    expect(judgeWebhookAccepted(at(404, { headers: { 'x-clerk-auth-reason': 'protect-rewrite' } })).fix).toContain('make it public');
    expect(judgeWebhookAccepted(at(404)).fix).toContain('set CGL_WEBHOOK_PATH');
    expect(judgeWebhookAccepted(at(405)).fix).toContain('export a POST handler');
    expect(judgeWebhookAccepted(at(500)).fix).toContain('svix 2.x returns nothing');
  });
});

test.describe('bad signature -> rejected', () => {
  test('a listed status passes, also when @clerk/nextjs stamps its signed-out headers on the public route', () => {
    expect(judgeWebhookRejected(at(400))).toMatchObject({ pass: true, id: 'webhooks.bad-signature-rejected', title: 'POST /api/webhooks/clerk with a wrong signature -> 400 or 401' });
    expect(judgeWebhookRejected(at(401, { headers: { 'x-clerk-auth-status': 'signed-out', 'x-clerk-auth-reason': 'session-token-and-uat-missing' } })).pass).toBe(true);
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
    expect(judgeWebhookRejected(at(404, { headers: { 'x-clerk-auth-reason': 'protect-rewrite' } }), [400, 404]).fix).toContain('proves nothing');
    expect(judgeWebhookRejected(at(307, { location: '/sign-in' })).fix).toContain('make it public');
  });

  test('an unlisted 4xx suggests listing it', () => {
    expect(judgeWebhookRejected(at(403)).fix).toContain('list it in webhook.rejectStatuses (CGL_WEBHOOK_REJECT_STATUSES)');
    expect(judgeWebhookRejected(at(404)).fix).toContain('set CGL_WEBHOOK_PATH');
  });
});
