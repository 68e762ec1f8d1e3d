import type { StoredEvent } from '../../src/core/messages/event';
import type { EventLogSource } from '../../src/state/log/event-log-source';

/** An EventLogSource over an array the test grows with `append` (positions 1..n, in order). */
export class MemoryLogSource implements EventLogSource {
  private readonly listeners = new Set<(head: number) => void>();
  /** readAll calls made so far: how many pages the readers asked for. */
  reads = 0;

  constructor(private events: StoredEvent[] = []) {}

  async head(): Promise<number> {
    return this.events.length;
  }

  async readAll(fromPosition: number, limit: number): Promise<StoredEvent[]> {
    this.reads += 1;
    return this.events.slice(Math.max(0, fromPosition - 1), fromPosition - 1 + limit);
  }

  async readStream(streamId: string): Promise<StoredEvent[]> {
    return this.events.filter((event) => event.streamId === streamId);
  }

  async readCorrelation(correlationId: string): Promise<StoredEvent[]> {
    return this.events.filter((event) => event.correlationId === correlationId);
  }

  onHeadChange(listener: (head: number) => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** Adds events (already positioned) and tells the listeners the new head. */
  append(events: readonly StoredEvent[]): void {
    this.events = [...this.events, ...events];
    for (const listener of this.listeners) listener(this.events.length);
  }
}
