import type { StoredEvent } from '../../core/messages/event';

/**
 * An imported log served from memory to the observability panels (it has the EventLogSource
 * shape). The panels read it exactly as they read the run's stored log; it never changes, so
 * head-change listeners are never called.
 */
export class MemoryLogSource {
  /** `events` is the whole imported log, positions 1..N (a further import merges into it). */
  constructor(readonly events: readonly StoredEvent[]) {}

  head(): Promise<number> {
    return Promise.resolve(this.events.at(-1)?.position ?? 0);
  }

  /** Positions are 1..N (the import renumbers), so a page is a slice. */
  readAll(fromPosition: number, limit: number): Promise<StoredEvent[]> {
    const from = Math.max(1, Math.floor(fromPosition)) - 1;
    return Promise.resolve(this.events.slice(from, from + Math.max(0, Math.floor(limit))));
  }

  readStream(streamId: string): Promise<StoredEvent[]> {
    return Promise.resolve(this.events.filter((event) => event.streamId === streamId));
  }

  readCorrelation(correlationId: string): Promise<StoredEvent[]> {
    return Promise.resolve(this.events.filter((event) => event.correlationId === correlationId));
  }

  onHeadChange(_listener: (head: number) => void): () => void {
    return () => {};
  }
}
