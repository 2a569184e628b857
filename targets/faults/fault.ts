// The shape of a fault switch.
export type FaultArea = 'preflight' | 'auth' | 'api' | 'webhooks' | 'headers';

export interface Fault {
  readonly id: string;
  readonly area: FaultArea;
  readonly description: string;
  /** The check id (src/checks) that must fail while this fault is on. */
  readonly caughtBy: string;
  /** Reference apps that implement it (default: all). */
  readonly apps?: readonly ('nextjs' | 'express')[];
}
