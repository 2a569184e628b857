// The Frontend API proxy's SSRF (GHSA-gjxx-92w9-8v8f), probed safely: one GET through the target's proxy whose
// path names a host of ours after a double slash. Against the embedded stack that host is a canary server this
// test starts on 127.0.0.1 (the app runs on this machine), and the canary's tally is the proof; against any other
// target it is a random name under .invalid, which never resolves, so not even a vulnerable proxy can send the
// key anywhere, and the verdict is judged from the response only. Read-only: GET, nothing stored.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  CANARY_MARKER,
  judgeFapiProxySsrf,
  PROBE_SEGMENT,
  proxiesFapi,
  type CanaryHits,
} from '../../src/checks/index.ts';
import { check, expect, test, suiteProfile } from '../../fixtures/index.ts';
import { skipUnlessJudged } from '../../fixtures/matchers.ts';
import { FAPI_PROXY_PATH, proxyProbePath } from '../../src/clerk/clerk-origin.ts';

const profile = suiteProfile();
const FAST = 5_000;

/** A server on 127.0.0.1 that counts requests (and whether they carried Clerk-Secret-Key, never its value). */
async function startCanary(): Promise<{ server: Server; host: string; tally: CanaryHits }> {
  const tally: CanaryHits = { hits: 0, secretKeyHeader: false };
  const server = createServer((req, res) => {
    tally.hits += 1;
    if (req.headers['clerk-secret-key']) tally.secretKeyHeader = true;
    res.writeHead(200, { 'Content-Type': 'text/plain' }).end(CANARY_MARKER);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, host: `127.0.0.1:${(server.address() as AddressInfo).port}`, tally };
}

test(
  `GET ${FAPI_PROXY_PATH}//<another host>/… -> the FAPI proxy calls no host but Clerk's`,
  check('preflight.fapi-proxy-ssrf'),
  async ({ probe }) => {
    const control = await probe(proxyProbePath(), { timeout: FAST });
    const canary = profile.embedded && proxiesFapi(control) ? await startCanary() : undefined;
    const foreignHost = canary?.host ?? `cgl-ssrf-${randomBytes(4).toString('hex')}.invalid`;
    try {
      // Never followed: a redirect the proxy answers is evidence, not a hop to take.
      const crafted = proxiesFapi(control)
        ? await probe(`${FAPI_PROXY_PATH}//${foreignHost}/${PROBE_SEGMENT}/v1/environment`, { timeout: FAST })
        : undefined;
      const verdict = judgeFapiProxySsrf({
        proxyPath: FAPI_PROXY_PATH,
        control,
        foreignHost,
        ...(crafted && { crafted }),
        ...(canary && { canary: canary.tally }),
      });
      skipUnlessJudged(verdict);
      expect(verdict).toPassCheck();
    } finally {
      canary?.server.close();
    }
  },
);
