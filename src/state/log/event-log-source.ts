import type { StoredEvent } from '../../core/messages/event';

/**
 * Read access to the run's stored log (IndexedDB in the app, in memory in tests), for the
 * observability panels. Reads are paged by position: a 1,000,000-event log is never held in
 * memory at once. Implemented in src/infra, attached by the composition root.
 */
export interface EventLogSource {
  /** The last stored position (0 when empty). */
  head(): Promise<number>;
  /** Up to `limit` events from `fromPosition`, in position order. */
  readAll(fromPosition: number, limit: number): Promise<StoredEvent[]>;
  /** Every event of one stream, in version order. */
  readStream(streamId: string): Promise<StoredEvent[]>;
  /** Every event of one correlation (an order's flow), in position order. */
  readCorrelation(correlationId: string): Promise<StoredEvent[]>;
  /** Called whenever the stored head moves (new events durable, or a new run cleared it). */
  onHeadChange(listener: (head: number) => void): () => void;
}
