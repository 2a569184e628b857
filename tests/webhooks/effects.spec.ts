// What deliveries do. With a side-effect probe (webhook.probeUrl, `{id}` = the synthetic user id):
// user.created must make the user appear and user.deleted disappear; a redelivery (same svix-id) must not be
// applied again. Without a probe, idempotency is judged on the statuses alone.
import {
  judgeAppliedOnce,
  judgeSideEffect,
  judgeWebhookAccepted,
  probeState,
  type ProbeState,
  type ResponseEvidence,
} from '../../src/checks/index.ts';
import { syntheticId } from '../../src/webhooks/events/synthetic.ts';
import { signDelivery } from '../../src/webhooks/signer.ts';
import { check, expect, isTimedOut, test, type WebhookTarget } from '../../fixtures/index.ts';

const EFFECT_TIMEOUT_MS = 10_000;
const SETTLE_MS = 1_500;

type Probe = (path: string) => Promise<ResponseEvidence>;

const answerOf = (answer: Awaited<ReturnType<WebhookTarget['send']>>) =>
  isTimedOut(answer) ? `no answer within ${answer.timedOutAfterMs / 1000} s` : String(answer.status);

/** Poll the probe until it shows `want` (expect.poll), returning the last evidence either way. */
async function pollUntil(probe: Probe, url: string, want: ProbeState): Promise<ResponseEvidence> {
  let last: ResponseEvidence | undefined;
  await expect
    .poll(async () => probeState((last = await probe(url))), { timeout: EFFECT_TIMEOUT_MS, intervals: [100, 250, 500] })
    .toBe(want)
    .catch(() => undefined);
  return last!;
}

test.describe('webhook effects', () => {
  test(
    'user.created then user.deleted show through the side-effect probe',
    check('webhooks.side-effect'),
    async ({ webhook, profile, probe }) => {
      const probeUrl = profile.webhook.probeUrl;
      test.skip(
        !probeUrl,
        'No side-effect probe: set CGL_WEBHOOK_PROBE_URL (e.g. /api/admin/users/{id}) to a route ' +
          'that answers 2xx when a user exists and 404 when not.',
      );
      webhook.requireSecret('a valid delivery cannot be signed');
      webhook.requireReachable();
      webhook.requireMayChange('user.created', 'user.deleted');
      const seed = webhook.seed();
      const url = probeUrl!.replace('{id}', encodeURIComponent(syntheticId('user', seed)));
      for (const [event, want] of [
        ['user.created', 'exists'],
        ['user.deleted', 'absent'],
      ] as const) {
        const answer = answerOf(await webhook.send(webhook.sign(event, { seed })));
        const started = Date.now();
        const last = await pollUntil(probe, url, want);
        expect(judgeSideEffect(last, want, event, Date.now() - started, answer)).toPassCheck();
      }
    },
  );

  test(
    'the same svix-id delivered twice -> 2xx both times, applied once',
    check('webhooks.idempotent'),
    async ({ webhook, profile, probe }) => {
      webhook.requireSecret('a valid delivery cannot be signed');
      webhook.requireReachable();
      webhook.requireMayChange('user.created', 'user.deleted');
      const seed = webhook.seed();
      const first = webhook.sign('user.created', { seed });
      const svixId = first.headers['svix-id'];
      const what = `user.created with svix-id ${svixId}`;
      for (const attempt of ['first', 'second']) {
        expect(
          judgeWebhookAccepted(await webhook.send(first), {
            id: 'webhooks.idempotent',
            what: `${what} (${attempt} delivery)`,
          }),
        ).toPassCheck();
      }
      const probeUrl = profile.webhook.probeUrl;
      if (!probeUrl) {
        test.info().annotations.push({
          type: 'finding',
          description:
            'Only the statuses were judged: set CGL_WEBHOOK_PROBE_URL to also prove a redelivery is not ' +
            'applied twice.',
        });
        return;
      }
      // Delete the user, then redeliver the same svix-id (re-signed now, as Svix does on a retry): an
      // endpoint that remembers svix-id ignores it; one that does not brings the user back.
      const url = probeUrl.replace('{id}', encodeURIComponent(syntheticId('user', seed)));
      await webhook.send(webhook.sign('user.deleted', { seed }));
      const gone = await pollUntil(probe, url, 'absent');
      test.skip(
        probeState(gone) !== 'absent',
        `The probe never showed the user gone after user.deleted (${gone.status}): reported by webhooks.side-effect; a redelivery cannot be judged.`,
      );
      const retry = signDelivery(webhook.secret!, first.body, { id: svixId });
      expect(
        judgeWebhookAccepted(await webhook.send(retry), { id: 'webhooks.idempotent', what: `${what} (redelivery)` }),
      ).toPassCheck();
      let last = gone;
      for (let waited = 0; waited < SETTLE_MS && probeState(last) !== 'exists'; waited += 250) {
        await new Promise((resolve) => setTimeout(resolve, 250));
        last = await probe(url);
      }
      expect(judgeAppliedOnce(last, svixId)).toPassCheck();
    },
  );
});
