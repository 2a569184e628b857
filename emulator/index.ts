// clerk-go-live/emulator: a local Clerk for a team's own E2E tests. Unmodified clerk-js, @clerk/nextjs,
// @clerk/express, @clerk/backend and @clerk/testing run against it (see docs/emulator.md).
export { startEmulator, type StartEmulatorOptions, type RunningEmulator, type EmulatorExchange } from './server.ts';
export {
  emulatorPublishableKey,
  publishableKeyFor,
  generateSecretKey,
  generateWebhookSecret,
  type InstanceKind,
} from './keys.ts';
export { routeClerkApiToEmulator, type ClerkNetworkRoute } from '../src/clerk/clerk-network.ts';
