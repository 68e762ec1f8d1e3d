/** Remembers which event ids a handler has processed. Pluggable: a durable set survives restarts. */
export interface ProcessedIds {
  has(id: string): boolean;
  add(id: string): void;
  readonly size: number;
}

/**
 * In-memory processed-id set. By default it keeps every id (exact deduplication, memory grows
 * with the number of distinct events). With a `capacity`, the oldest ids are forgotten first,
 * trading memory for the risk that a very late duplicate is processed again.
 */
export class InMemoryProcessedIds implements ProcessedIds {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = Number.POSITIVE_INFINITY) {
    if (!(capacity >= 1))
      throw new RangeError(`Processed-id capacity must be >= 1, got ${capacity}`);
  }

  get size(): number {
    return this.ids.size;
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }

  add(id: string): void {
    if (this.ids.has(id)) return;
    this.ids.add(id);
    if (this.ids.size > this.capacity) {
      // A Set iterates in insertion order, so its first id is the oldest.
      const oldest = this.ids.values().next().value;
      if (oldest !== undefined) this.ids.delete(oldest);
    }
  }
}
