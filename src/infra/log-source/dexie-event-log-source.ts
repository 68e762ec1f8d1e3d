import type { StoredEvent } from '../../core/messages/event';
import { readCorrelationEvents, readEvents, readStreamEvents } from '../db/event-batches';
import type { EventfoldDb } from '../db/schema';

/**
 * What the log source needs of the event archive (its page-side mirror fits): a connection to
 * the log's database and how far the current run is durable.
 */
export interface DurableEventLog {
  readonly db: EventfoldDb;
  readonly durablePosition: number;
  onDurablePositionChange(listener: (position: number) => void): () => void;
}

/**
 * The Event log's read side over the IndexedDB log the archive writes (implements the state
 * layer's EventLogSource). The head is the archive's durable position, so the log shows exactly
 * the current run's committed events: rows beyond it (an old run not yet cleared, a batch still
 * committing) are never returned. Reads are bulk (`getAll` under Dexie) of batch records, by
 * position range or the records' stream and correlation indexes; never a cursor step per event.
 */
export class DexieEventLogSource {
  constructor(private readonly log: DurableEventLog) {}

  /** The last durable position of the current run (0 when empty). */
  head(): Promise<number> {
    return Promise.resolve(this.log.durablePosition);
  }

  /** Up to `limit` events from `fromPosition`, never past the head. */
  readAll(fromPosition: number, limit: number): Promise<StoredEvent[]> {
    const from = Math.max(1, Math.floor(fromPosition));
    const count = Math.min(Math.floor(limit), this.log.durablePosition - from + 1);
    if (count <= 0) return Promise.resolve([]);
    return readEvents(this.log.db, from, count);
  }

  /** The stream's durable events in version order. */
  async readStream(streamId: string): Promise<StoredEvent[]> {
    const events = await readStreamEvents(this.log.db, streamId);
    return this.upToHead(events);
  }

  /** The correlation's durable events in position order. */
  async readCorrelation(correlationId: string): Promise<StoredEvent[]> {
    const events = await readCorrelationEvents(this.log.db, correlationId);
    return this.upToHead(events);
  }

  /** Called with the new head whenever the archive commits a batch or a new run clears the log. */
  onHeadChange(listener: (head: number) => void): () => void {
    return this.log.onDurablePositionChange(listener);
  }

  private upToHead(events: StoredEvent[]): StoredEvent[] {
    const head = this.log.durablePosition;
    return events.filter((event) => event.position <= head);
  }
}
