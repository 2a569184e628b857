/** All in-memory state of one emulator instance. */
import { ClientStore, DevBrowserStore } from './clients.ts';
import type { Clock } from './expiring-map.ts';
import { SessionStore } from './sessions.ts';
import { SignInStore } from './sign-ins.ts';
import { HandshakePayloadStore, SignInTokenStore } from './tokens.ts';
import { UserStore } from './users.ts';

export interface EmulatorState {
  users: UserStore;
  devBrowsers: DevBrowserStore;
  clients: ClientStore;
  sessions: SessionStore;
  signIns: SignInStore;
  signInTokens: SignInTokenStore;
  handshakePayloads: HandshakePayloadStore;
}

export function createState(now: Clock): EmulatorState {
  return {
    users: new UserStore(now),
    devBrowsers: new DevBrowserStore(now),
    clients: new ClientStore(now),
    sessions: new SessionStore(now),
    signIns: new SignInStore(now),
    signInTokens: new SignInTokenStore(now),
    handshakePayloads: new HandshakePayloadStore(now),
  };
}
