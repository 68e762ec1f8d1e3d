import type { StoredEvent } from '../../core/messages/event';
import type { EventfoldDb } from '../db/schema';
import { readPage, readStreamPage } from '../store/event-queries';

/**
 * What the log source needs of the event archive (DexieEventArchive fits): its current
 * connection, which it replaces after clearing a run, and how far the current run is durable.
 */
export interface DurableEventLog {
  readonly db: EventfoldDb;
  readonly durablePosition: number;
  onDurablePositionChange(listener: (position: number) => void): () => void;
}

/** How often, and how long apart, a read is retried while the archive reopens its connection. */
const REOPEN_RETRIES = 5;
const REOPEN_WAIT_MS = 25;

/**
 * The Event log's read side over the IndexedDB log the archive writes (implements the state
 * layer's EventLogSource). The head is the archive's durable position, so the log shows exactly
 * the current run's committed events: rows beyond it (an old run not yet cleared, a batch still
 * committing) are never returned. Reads are bulk (`getAll` under Dexie), by primary key,
 * [streamId+streamVersion] or correlationId index; never a cursor step per event.
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
    return this.withConnection((db) => readPage(db, from, count));
  }

  /** The stream's durable events in version order. */
  async readStream(streamId: string): Promise<StoredEvent[]> {
    const events = await this.withConnection((db) => readStreamPage(db, streamId, 1, undefined));
    return this.upToHead(events);
  }

  /** The correlation's durable events in position order (the index keeps equal keys by position). */
  async readCorrelation(correlationId: string): Promise<StoredEvent[]> {
    const events = await this.withConnection((db) =>
      db.events.where('correlationId').equals(correlationId).toArray(),
    );
    return this.upToHead(events).sort((a, b) => a.position - b.position);
  }

  /** Called with the new head whenever the archive commits a batch or a new run clears the log. */
  onHeadChange(listener: (head: number) => void): () => void {
    return this.log.onDurablePositionChange(listener);
  }

  private upToHead(events: StoredEvent[]): StoredEvent[] {
    const head = this.log.durablePosition;
    return events.filter((event) => event.position <= head);
  }

  /**
   * Runs a read on the archive's current connection. Clearing a run closes the connection and
   * opens a new one; a read caught in between is retried on the new one.
   */
  private async withConnection<T>(read: (db: EventfoldDb) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await read(this.log.db);
      } catch (error) {
        if (!isClosedConnection(error) || attempt >= REOPEN_RETRIES) throw error;
        await new Promise((resolve) => setTimeout(resolve, REOPEN_WAIT_MS));
      }
    }
  }
}

function isClosedConnection(error: unknown): boolean {
  return error instanceof Error && error.name === 'DatabaseClosedError';
}
