/**
 * A Map whose entries carry an expiry time. Expired entries are invisible to readers and are
 * dropped lazily (on read) and by a sweep at most once a second (on write), so the emulator's
 * memory stays bounded however long it runs. A hard cap (default 100,000 entries) evicts the oldest
 * insertions first, for floods of short-lived objects (e.g. cookie-less clients) within their lifetime.
 */
export type Clock = () => number;

export class ExpiringMap<V> {
  readonly #entries = new Map<string, { value: V; expiresAt: number }>();
  #lastSweep = 0;

  constructor(
    private readonly now: Clock,
    private readonly maxEntries = 100_000,
  ) {}

  set(key: string, value: V, expiresAt: number): V {
    this.#sweep();
    this.#entries.set(key, { value, expiresAt });
    while (this.#entries.size > this.maxEntries) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return value;
  }

  /** Entries held, expired ones not yet swept included (what memory use follows). */
  get size(): number {
    return this.#entries.size;
  }

  get(key: string): V | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Moves an entry's expiry (e.g. a client kept alive by activity). */
  extend(key: string, expiresAt: number): void {
    const entry = this.#entries.get(key);
    if (entry) entry.expiresAt = expiresAt;
  }

  delete(key: string): boolean {
    return this.#entries.delete(key);
  }

  values(): V[] {
    const now = this.now();
    return [...this.#entries.values()].filter((e) => e.expiresAt > now).map((e) => e.value);
  }

  /** Drops every expired entry now (the emulator also runs this on a timer, for stores nobody writes). */
  prune(): void {
    this.#lastSweep = 0;
    this.#sweep();
  }

  #sweep(): void {
    const now = this.now();
    if (now - this.#lastSweep < 1000) return;
    this.#lastSweep = now;
    for (const [key, entry] of this.#entries) {
      if (entry.expiresAt <= now) this.#entries.delete(key);
    }
  }
}

export const SECOND = 1000;
export const MINUTE = 60 * SECOND;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
