import type { StoredEvent } from '../../../core/messages/event';

/** One partition: its messages and, at the same offsets, when the bus appended each. */
interface Partition {
  readonly events: StoredEvent[];
  /** Virtual ms; a plain number array, so no object or boxed number per message. */
  readonly appendedAt: number[];
}

/**
 * The topic's partitions: append-only arrays, FIFO by construction. Offsets are 0-based.
 * Messages are kept as parallel arrays rather than one `{ event, appendedAt }` record each: a
 * run keeps every message, and those records were ~10% of the engine's retained heap.
 */
export class PartitionLog {
  private readonly partitions: Partition[];

  constructor(readonly count: number) {
    this.partitions = Array.from({ length: count }, () => ({ events: [], appendedAt: [] }));
  }

  /** Appends a message; returns its offset. */
  append(partition: number, event: StoredEvent, appendedAt: number): number {
    const log = this.partitions[partition]!;
    log.events.push(event);
    log.appendedAt.push(appendedAt);
    return log.events.length - 1;
  }

  event(partition: number, offset: number): StoredEvent | undefined {
    return this.partitions[partition]?.events[offset];
  }

  /** When the message at `offset` was appended, or undefined past the end. */
  appendedAt(partition: number, offset: number): number | undefined {
    return this.partitions[partition]?.appendedAt[offset];
  }

  /** Next offset to be written in a partition (its length). */
  end(partition: number): number {
    return this.partitions[partition]?.events.length ?? 0;
  }

  totalMessages(): number {
    let total = 0;
    for (const log of this.partitions) total += log.events.length;
    return total;
  }
}
