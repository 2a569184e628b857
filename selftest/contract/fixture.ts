/**
 * Contract fixtures: the emulator fixture from selftest/emulator, re-started with `onExchange` so
 * every response either API sends is recorded. An automatic fixture validates each test's own
 * exchanges against emulator/contract after the test body: any test in this folder that drives an
 * endpoint proves that endpoint's shapes, success and error alike.
 */
import { checkExchange, undeclaredInExchange, type Exchange } from '../../emulator/contract/index.ts';
import { UNDECLARED_ALLOWED } from './undeclared-allowed.ts';
import { EMULATOR_DEV_PUBLISHABLE_KEY, generateSecretKey } from '../../emulator/keys.ts';
import { startEmulator } from '../../emulator/server.ts';
import { expect, test as base, TOKEN_LIFETIME_SECONDS, type Emulator } from '../emulator/fixture.ts';

export { bearer, FapiBrowser, APP_ORIGIN, type Emulator, type FapiEnvelope } from '../emulator/fixture.ts';
export { expect };

export interface ContractFixtures {
  /** This test's exchanges so far (the worker's emulator is shared by its tests, one at a time). */
  exchanges: () => Exchange[];
  /** Validates `exchanges` after the test; tests that provoke violations on purpose opt out. */
  contract: { skip: boolean };
}

export const test = base.extend<ContractFixtures, { emulator: Emulator; allExchanges: Exchange[] }>({
  allExchanges: [async ({}, use) => use([]), { scope: 'worker' }],
  emulator: [
    async ({ allExchanges }, use) => {
      const secretKey = generateSecretKey('development');
      const user = {
        emailAddress: 'contract+clerk_test@example.com',
        password: `pw-${generateSecretKey().slice(8, 28)}`,
      };
      const running = await startEmulator({
        publishableKey: EMULATOR_DEV_PUBLISHABLE_KEY,
        secretKey,
        users: [{ ...user, firstName: 'Con', lastName: 'Tract' }],
        sessionTokenLifetimeSeconds: TOKEN_LIFETIME_SECONDS,
        onExchange: (exchange) => allExchanges.push(exchange),
      });
      await use({ ...running, publishableKey: EMULATOR_DEV_PUBLISHABLE_KEY, secretKey, user });
      await running.close();
    },
    { scope: 'worker' },
  ],
  exchanges: async ({ allExchanges }, use) => {
    const start = allExchanges.length;
    await use(() => allExchanges.slice(start));
  },
  contract: [
    async ({ exchanges }, use, testInfo) => {
      const settings = { skip: false };
      await use(settings);
      if (settings.skip || testInfo.status !== 'passed') return;
      const seen = exchanges();
      expect(seen.flatMap(checkExchange), `contract problems in ${seen.length} exchanges`).toEqual([]);
      expect(seen.length, 'the test drove the emulator').toBeGreaterThan(0);
      const undeclared = [...new Set(seen.flatMap(undeclaredInExchange))].filter(
        (field) => !(field in UNDECLARED_ALLOWED),
      );
      expect(
        undeclared,
        'fields the contract does not declare: declare them from the spec, or review and list them ' +
          'in undeclared-allowed.ts',
      ).toEqual([]);
    },
    { auto: true },
  ],
});
