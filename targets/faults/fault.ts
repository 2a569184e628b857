// The shape of a fault switch.
/** The bundled reference apps (targets/<app>/). */
export type ReferenceApp = 'nextjs' | 'express' | 'hono';

/**
 * The apps a fault without `apps` applies to: the two apps written alike. The Hono app (written in its own style)
 * implements a fault only where the fault lists it, so the fault matrix proves on it only what it implements.
 */
export const DEFAULT_FAULT_APPS: readonly ReferenceApp[] = ['nextjs', 'express'];

/** `apps` of a fault the Hono app implements too. */
export const ALL_APPS: readonly ReferenceApp[] = [...DEFAULT_FAULT_APPS, 'hono'];

export type FaultArea = 'preflight' | 'auth' | 'api' | 'webhooks' | 'headers' | 'recovery';

export interface Fault {
  readonly id: string;
  readonly area: FaultArea;
  readonly description: string;
  /** The check id (src/checks) that must fail while this fault is on. */
  readonly caughtBy: string;
  /** The Clerk instance type the fault needs; the embedded stack switches to it (default: CGL_INSTANCE's). */
  readonly instance?: 'production' | 'development';
  /** Reference apps that implement it (default: DEFAULT_FAULT_APPS). */
  readonly apps?: readonly ReferenceApp[];
  /**
   * What this fault stops from being judged while it is on (checks it skips or fails besides its own, faults it
   * hides), so the fault matrix never batches it with a fault judged there: an area (every check of that area's
   * project), a check id, check ids by prefix ('webhooks.reject.*'), or '*' (it runs alone). Found by running
   * faults together (docs/development.md, "The fault matrix").
   */
  readonly masks?: readonly string[];
}
