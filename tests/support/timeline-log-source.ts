import type { StoredEvent } from '../../src/core/messages/event';
import type { EventLogSource } from '../../src/state/log/event-log-source';

/**
 * An in-memory stored log for the timeline and warnings specs: positions 1..n of `events`,
 * made durable in steps with `advanceHead` (the app's log lags the live stream the same way).
 */
export class TimelineLogSource implements EventLogSource {
  private durable: number;
  private readonly listeners = new Set<(head: number) => void>();
  /** Every readAll call as [fromPosition, limit], to check that reads are paged. */
  readonly reads: Array<[number, number]> = [];

  constructor(
    private readonly events: readonly StoredEvent[],
    durable = events.length,
  ) {
    this.durable = durable;
  }

  head(): Promise<number> {
    return Promise.resolve(this.durable);
  }

  readAll(fromPosition: number, limit: number): Promise<StoredEvent[]> {
    this.reads.push([fromPosition, limit]);
    const from = Math.max(1, fromPosition);
    const to = Math.min(this.durable, from + limit - 1);
    return Promise.resolve(this.events.slice(from - 1, to));
  }

  readStream(streamId: string): Promise<StoredEvent[]> {
    return Promise.resolve(this.durableEvents().filter((event) => event.streamId === streamId));
  }

  readCorrelation(correlationId: string): Promise<StoredEvent[]> {
    return Promise.resolve(
      this.durableEvents().filter((event) => event.correlationId === correlationId),
    );
  }

  onHeadChange(listener: (head: number) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Makes events durable up to `head` and tells the listeners. */
  advanceHead(head: number): void {
    this.durable = Math.min(head, this.events.length);
    for (const listener of [...this.listeners]) listener(this.durable);
  }

  private durableEvents(): StoredEvent[] {
    return this.events.slice(0, this.durable);
  }
}
