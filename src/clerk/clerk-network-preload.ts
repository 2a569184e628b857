// Imported FIRST by the setup project's spec: when the profile's Backend API is a local emulator (a loopback
// http URL: the embedded default, or a team's own stack on the emulator), routes @clerk/testing's hard-wired
// https://api.clerk.com calls (the `ticket` sign-in) to it before anything loads @clerk/backend, which binds
// fetch at import time. Against Clerk itself it does nothing.
import { suiteProfile } from '../config/load.ts';
import { routeClerkApiToEmulator } from './clerk-network.ts';

export const clerkNetworkRoute = routeClerkApiToEmulator(suiteProfile().clerk.apiUrl);
