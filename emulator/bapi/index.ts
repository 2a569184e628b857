/** Every Backend API handler (all behind the secret key), grouped by surface. */
import type { EmulatorContext } from '../context.ts';
import { handshakePayloadHandlers } from './handshake-payload.ts';
import { instanceHandlers } from './instance.ts';
import { jwksHandlers } from './jwks.ts';
import { organizationHandlers } from './organizations.ts';
import { sessionHandlers } from './sessions.ts';
import { signInTokenHandlers } from './sign-in-tokens.ts';
import { testingTokenHandlers } from './testing-tokens.ts';
import { userHandlers } from './users.ts';

export function bapiHandlers(ctx: EmulatorContext) {
  return [
    ...jwksHandlers(ctx),
    ...testingTokenHandlers(ctx),
    ...handshakePayloadHandlers(ctx),
    ...userHandlers(ctx),
    ...sessionHandlers(ctx),
    ...signInTokenHandlers(ctx),
    ...organizationHandlers(ctx),
    ...instanceHandlers(ctx),
  ];
}
