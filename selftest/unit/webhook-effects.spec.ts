// Side-effect probe, idempotency and the reported findings: pure judgements on probe evidence.
import { expect, test } from '@playwright/test';
import {
  judgeAppliedOnce,
  judgeSideEffect,
  probeState,
  webhookGetFinding,
  webhookHeadersFinding,
} from '../../src/checks/index.ts';
import { evidence } from './helpers.ts';

const url = 'https://app.example.com/api/admin/users/user_cgl_synthetic_x';
const at = (status: number, bodyExcerpt = '') => evidence({ url, status, bodyExcerpt });

test('probe state: 2xx exists, 404/410 or { exists: false } absent, anything else unknown', () => {
  expect(probeState(at(200, '{"exists":true}'))).toBe('exists');
  expect(probeState(at(200, '{"id":"user_1"}'))).toBe('exists');
  expect(probeState(at(200, '{"exists":false}'))).toBe('absent');
  expect(probeState(at(404))).toBe('absent');
  expect(probeState(at(410))).toBe('absent');
  expect(probeState(at(401))).toBe('unknown');
  expect(probeState(at(500))).toBe('unknown');
});

test('side effect: shown in time passes; a 2xx with nothing changed names the svix 2.x classic', () => {
  expect(judgeSideEffect(at(200), 'exists', 'user.created', 300, '200')).toMatchObject({
    pass: true,
    id: 'webhooks.side-effect',
  });
  expect(judgeSideEffect(at(404), 'absent', 'user.deleted', 300, '200').pass).toBe(true);
  const noop = judgeSideEffect(at(404), 'exists', 'user.created', 10_000, '200');
  expect(noop.pass).toBe(false);
  expect(noop.fix).toContain('svix 2.x Webhook.verify() returns undefined');
  expect(noop.actual).toContain('after 10 s');
});

test('side effect: a refused delivery or an unreadable probe says so instead', () => {
  expect(judgeSideEffect(at(404), 'exists', 'user.created', 10_000, '400').fix).toContain('was not accepted (400)');
  expect(judgeSideEffect(at(401), 'exists', 'user.created', 10_000, '200').fix).toContain(
    'point CGL_WEBHOOK_PROBE_URL',
  );
});

test('idempotency: a redelivery that brings the user back fails', () => {
  expect(judgeAppliedOnce(at(404), 'msg_1')).toMatchObject({ pass: true, id: 'webhooks.idempotent' });
  const twice = judgeAppliedOnce(at(200, '{"exists":true}'), 'msg_1');
  expect(twice.pass).toBe(false);
  expect(twice.fix).toContain('Store each processed svix-id');
});

test('findings describe, never judge', () => {
  expect(webhookHeadersFinding(at(200))).toContain('accepted');
  expect(webhookHeadersFinding(at(400))).toContain('refused');
  expect(webhookGetFinding(at(405))).toContain('only POST');
  expect(webhookGetFinding(at(200))).toContain('GET is served');
});
