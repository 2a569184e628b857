/** All in-memory state of one emulator instance. */
import { ClientStore, DevBrowserStore } from './clients.ts';
import { StateEvents } from './events.ts';
import type { Clock } from './expiring-map.ts';
import { OrganizationStore } from './organizations.ts';
import { SessionStore } from './sessions.ts';
import { SignInStore } from './sign-ins.ts';
import { SignUpStore } from './sign-ups.ts';
import { HandshakePayloadStore, SignInTokenStore } from './tokens.ts';
import { UserStore } from './users.ts';

export interface EmulatorState {
  events: StateEvents;
  users: UserStore;
  devBrowsers: DevBrowserStore;
  clients: ClientStore;
  sessions: SessionStore;
  signIns: SignInStore;
  signUps: SignUpStore;
  organizations: OrganizationStore;
  signInTokens: SignInTokenStore;
  handshakePayloads: HandshakePayloadStore;
}

export function createState(now: Clock): EmulatorState {
  const events = new StateEvents();
  const users = new UserStore(now, events);
  return {
    events,
    users,
    devBrowsers: new DevBrowserStore(now),
    clients: new ClientStore(now),
    sessions: new SessionStore(now, events),
    signIns: new SignInStore(now),
    signUps: new SignUpStore(now),
    organizations: new OrganizationStore(now, events, users),
    signInTokens: new SignInTokenStore(now),
    handshakePayloads: new HandshakePayloadStore(now),
  };
}

function expiringStores(state: EmulatorState) {
  const { devBrowsers, clients, sessions, signIns, signUps, signInTokens, handshakePayloads } = state;
  return { devBrowsers, clients, sessions, signIns, signUps, signInTokens, handshakePayloads };
}

/** Drops every expired record in every store. */
export function pruneState(state: EmulatorState): void {
  for (const store of Object.values(expiringStores(state))) store.prune();
}

/** How many records each expiring store holds (expired, unswept ones included): proof state stays bounded. */
export function stateSizes(state: EmulatorState): Record<string, number> {
  const { devBrowsers, clients, sessions, signIns, signUps, signInTokens, handshakePayloads } = expiringStores(state);
  return {
    devBrowsers: devBrowsers.size,
    clients: clients.size,
    sessions: sessions.size,
    signIns: signIns.size,
    signUps: signUps.size,
    signInTokens: signInTokens.size,
    handshakePayloads: handshakePayloads.size,
  };
}
