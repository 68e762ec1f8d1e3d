import type { StoredEvent } from '../../../core/messages/event';

/** A message in a partition: the event and when the bus appended it (for lag in ms). */
export interface PartitionEntry {
  readonly event: StoredEvent;
  readonly appendedAt: number;
}

/** The topic's partitions: append-only arrays, FIFO by construction. Offsets are 0-based. */
export class PartitionLog {
  private readonly partitions: PartitionEntry[][];

  constructor(readonly count: number) {
    this.partitions = Array.from({ length: count }, () => []);
  }

  append(partition: number, entry: PartitionEntry): number {
    const log = this.partitions[partition]!;
    log.push(entry);
    return log.length - 1;
  }

  entry(partition: number, offset: number): PartitionEntry | undefined {
    return this.partitions[partition]?.[offset];
  }

  /** Next offset to be written in a partition (its length). */
  end(partition: number): number {
    return this.partitions[partition]?.length ?? 0;
  }

  totalMessages(): number {
    let total = 0;
    for (const log of this.partitions) total += log.length;
    return total;
  }
}
