import { requireInteger } from './analysis-errors';

/**
 * A Map that forgets its oldest entries beyond `capacity` (by first insertion), so incremental
 * checks over an unbounded log keep bounded memory: they remember the recent past only.
 */
export class BoundedMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly capacity: number) {
    requireInteger('capacity', capacity, 1);
  }

  get size(): number {
    return this.entries.size;
  }

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  has(key: K): boolean {
    return this.entries.has(key);
  }

  /** Sets `key` (keeping its age if present); evicts the oldest entry when over capacity. */
  set(key: K, value: V): void {
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }
}
