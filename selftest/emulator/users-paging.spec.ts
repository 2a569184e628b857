// GET /v1/users pages by limit/offset to /v1/users/count, every user once; the
// users-list-ignores-offset defect (fault users-export-pagination-broken) answers the first page every time.
import { expect, test } from '@playwright/test';

import { EMULATOR_DEV_PUBLISHABLE_KEY, generateSecretKey } from '../../emulator/keys.ts';
import { startEmulator } from '../../emulator/server.ts';

const users = ['a', 'b', 'c', 'd', 'e'].map((name) => ({ emailAddress: `${name}+clerk_test@example.com` }));

for (const defects of [[], ['users-list-ignores-offset']]) {
  test(
    `GET /v1/users limit=2 paged by offset, defects [${defects.join()}]`,
    { tag: '@emulator' },
    async ({ request }) => {
      const secretKey = generateSecretKey('development');
      const emulator = await startEmulator({ publishableKey: EMULATOR_DEV_PUBLISHABLE_KEY, secretKey, users, defects });
      try {
        const headers = { Authorization: `Bearer ${secretKey}` };
        const get = async (path: string) => (await request.get(`${emulator.bapiUrl}${path}`, { headers })).json();
        expect(await get('/v1/users/count')).toEqual({ object: 'total_count', total_count: 5 });
        const emails: string[] = [];
        for (const offset of [0, 2, 4]) {
          const page = (await get(`/v1/users?limit=2&offset=${offset}&order_by=%2Bcreated_at`)) as {
            email_addresses: { email_address: string }[];
          }[];
          emails.push(...page.map((user) => user.email_addresses[0]!.email_address));
        }
        const all = users.map((user) => user.emailAddress);
        if (defects.length === 0) expect([...emails].sort()).toEqual(all);
        else expect(emails).toEqual([...emails.slice(0, 2), ...emails.slice(0, 2), ...emails.slice(0, 2)]);
      } finally {
        await emulator.close();
      }
    },
  );
}

test('an unknown defect is refused by name', async () => {
  await expect(
    startEmulator({
      publishableKey: EMULATOR_DEV_PUBLISHABLE_KEY,
      secretKey: generateSecretKey('development'),
      users: [],
      defects: ['nope'],
    }),
  ).rejects.toThrow('unknown defect nope');
});
