import type { StoredEvent } from '../../core/messages/event';
import { addLog, readHead } from '../db/event-batches';
import type { EventfoldDb } from '../db/schema';

/** Events per record (and per progress report) inside the one transaction. */
export const IMPORT_CHUNK_SIZE = 5_000;

export interface StoreImportOptions {
  readonly chunkSize?: number;
  /** Called after each record is added (still inside the transaction; throwing aborts it). */
  readonly afterChunk?: (written: number, total: number) => void;
}

export interface StoreImportResult {
  readonly written: number;
  readonly head: number;
}

/**
 * Replaces the stored log with an already validated one (positions 1..N) in ONE read-write
 * transaction: any failure (a constraint, quota, a throw from afterChunk) aborts it and the
 * stored log is exactly as before.
 */
export async function storeImportedLog(
  db: EventfoldDb,
  events: readonly StoredEvent[],
  options: StoreImportOptions = {},
): Promise<StoreImportResult> {
  const chunkSize = options.chunkSize ?? IMPORT_CHUNK_SIZE;
  return db.transaction('rw', db.eventBatches, async () => {
    await db.eventBatches.clear();
    await addLog(db, events, chunkSize, (written) => options.afterChunk?.(written, events.length));
    return { written: events.length, head: await readHead(db) };
  });
}
