// Every header judge on the reference apps' own headers (targets/shared/security-headers.ts), as a production
// https target sees them: a finding must stay true on a healthy app. With one header fault on, only the check
// named for it fails among these judges (the fault matrix proves the same end to end, over the network).
import { expect, test } from '@playwright/test';
import {
  judgeCsp,
  judgeCspClerk,
  judgeFrameProtection,
  judgeHsts,
  judgeNoFingerprint,
  judgeNosniff,
  judgePermissionsPolicy,
  judgeReferrerPolicy,
  type Verdict,
} from '../../src/checks/index.ts';
import { DEFAULTS } from '../../src/config/defaults.ts';
import { FAULTS } from '../../targets/faults.ts';
import { securityHeaders } from '../../targets/shared/security-headers.ts';
import { withHeaders } from './helpers.ts';

const url = 'https://app.example.com/';

function verdictsNow(): Verdict[] {
  const headers = Object.fromEntries(securityHeaders('nextjs').map(({ key, value }) => [key, value]));
  const evidence = withHeaders(headers, url);
  return [
    judgeFrameProtection(evidence),
    judgeNosniff(evidence),
    judgeHsts(evidence, { hstsMinMaxAge: DEFAULTS.hstsMinMaxAge, requireHsts: true }, { environment: 'production' }),
    judgeReferrerPolicy(evidence),
    judgePermissionsPolicy(evidence),
    judgeNoFingerprint(evidence),
    judgeCsp(evidence, { production: true }),
    judgeCspClerk(evidence, { fapiOrigin: 'https://app.example.com' }),
  ];
}

function withFaults<T>(faults: string, run: () => T): T {
  const before = process.env.CGL_FAULTS;
  process.env.CGL_FAULTS = faults;
  try {
    return run();
  } finally {
    if (before === undefined) delete process.env.CGL_FAULTS;
    else process.env.CGL_FAULTS = before;
  }
}

test("the reference apps' headers pass every header judge", () => {
  const failed = withFaults('', verdictsNow).filter((verdict) => !verdict.pass || verdict.skip);
  expect(failed.map((verdict) => `${verdict.id}: ${verdict.fix}`)).toEqual([]);
});

// The header faults these judges can see in the headers alone (others need https, a browser or a response body).
const judgedHere = new Set(verdictsNow().map((verdict) => verdict.id));
for (const fault of FAULTS.filter((f) => f.area === 'headers' && judgedHere.has(f.caughtBy))) {
  test(`fault ${fault.id}: among the header judges only ${fault.caughtBy} fails`, () => {
    const failed = withFaults(fault.id, verdictsNow).filter((verdict) => !verdict.pass && !verdict.skip);
    expect(failed.map((verdict) => verdict.id)).toEqual([fault.caughtBy]);
  });
}
