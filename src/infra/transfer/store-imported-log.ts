import type { StoredEvent } from '../../core/messages/event';
import type { EventfoldDb } from '../db/schema';
import { readHead, readKnownIds, readStreamVersion } from '../store/event-queries';

/** Rows per bulkAdd inside the one transaction: bounded requests, progress between them. */
export const IMPORT_CHUNK_SIZE = 5_000;

export interface StoreImportOptions {
  /**
   * `replace`: the stored log becomes the imported one (a new, imported run). `append`: the
   * imported events follow the stored log, positions and stream versions continued.
   */
  readonly mode: 'replace' | 'append';
  readonly chunkSize?: number;
  /** Called after each chunk is added (still inside the transaction; throwing aborts it). */
  readonly afterChunk?: (written: number, total: number) => void;
}

export interface StoreImportResult {
  readonly written: number;
  /** Events whose id the stored log already held (append mode), not written again. */
  readonly skippedKnownIds: number;
  readonly head: number;
}

/**
 * Writes an already validated log in ONE read-write transaction: any failure (a constraint,
 * quota, a throw from afterChunk) aborts it and the stored log is exactly as before.
 */
export async function storeImportedLog(
  db: EventfoldDb,
  events: readonly StoredEvent[],
  options: StoreImportOptions,
): Promise<StoreImportResult> {
  const chunkSize = options.chunkSize ?? IMPORT_CHUNK_SIZE;
  return db.transaction('rw', db.events, async () => {
    let rows: StoredEvent[];
    let skippedKnownIds = 0;
    if (options.mode === 'replace') {
      await db.events.clear();
      rows = [...events];
    } else {
      const known = await readKnownIds(
        db,
        events.map((event) => event.id),
      );
      const fresh = events.filter((event) => !known.has(event.id));
      skippedKnownIds = events.length - fresh.length;
      rows = await continueNumbering(db, fresh);
    }
    for (let from = 0; from < rows.length; from += chunkSize) {
      await db.events.bulkAdd(rows.slice(from, from + chunkSize));
      options.afterChunk?.(Math.min(rows.length, from + chunkSize), rows.length);
    }
    return { written: rows.length, skippedKnownIds, head: await readHead(db) };
  });
}

/** Places events after the stored head, each stream continuing from its stored version. */
async function continueNumbering(
  db: EventfoldDb,
  events: readonly StoredEvent[],
): Promise<StoredEvent[]> {
  let position = await readHead(db);
  const versions = new Map<string, number>();
  const placed: StoredEvent[] = [];
  for (const event of events) {
    let version = versions.get(event.streamId);
    if (version === undefined) version = await readStreamVersion(db, event.streamId);
    version += 1;
    versions.set(event.streamId, version);
    position += 1;
    placed.push({ ...event, position, streamVersion: version });
  }
  return placed;
}
