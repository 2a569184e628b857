/**
 * What every expiring store shares: its records live in one ExpiringMap, readers look them up by
 * key, and the state-wide sweeps (index.ts) count and prune them. Each store adds only its own rules
 * on top: id prefix, lifetime, whether use extends it, events.
 */
import { ExpiringMap, type Clock } from './expiring-map.ts';

export class ExpiringStore<V> {
  protected readonly items: ExpiringMap<V>;

  constructor(protected readonly now: Clock) {
    this.items = new ExpiringMap(now);
  }

  /** Records held, expired ones not yet swept included (what `stateSizes` reports). */
  get size(): number {
    return this.items.size;
  }

  prune(): void {
    this.items.prune();
  }

  get(key: string): V | undefined {
    return this.items.get(key);
  }
}
