import type { StoredEvent } from '../../core/messages/event';
import { PositionMismatchError } from '../workspace/archive-errors';
import { batchRow, type EventfoldDb } from './schema';

// Reads and writes of the log's batch records (EventBatchRow). Each works inside the caller's
// transaction when there is one; reads are bulk (getAll under Dexie), never a cursor per event.

/** The position of the last stored event; 0 when the log is empty. */
export async function readHead(db: EventfoldDb): Promise<number> {
  const last = await db.eventBatches.orderBy('from').last();
  return last?.to ?? 0;
}

/**
 * Appends `events` (consecutive, in position order) as one record, in one transaction that
 * first checks they continue the stored log: PositionMismatchError otherwise, and nothing stored.
 */
export function appendBatch(db: EventfoldDb, events: readonly StoredEvent[]): Promise<void> {
  const row = batchRow(events);
  return db.transaction('rw', db.eventBatches, async () => {
    const head = await readHead(db);
    if (row.from !== head + 1) throw new PositionMismatchError(row.from, head);
    await db.eventBatches.add(row);
  });
}

/** Writes a whole log (positions 1..N) in records of `perRecord` events, in the caller's transaction. */
export async function addLog(
  db: EventfoldDb,
  events: readonly StoredEvent[],
  perRecord: number,
  afterRecord?: (written: number) => void,
): Promise<void> {
  for (let from = 0; from < events.length; from += perRecord) {
    await db.eventBatches.add(batchRow(events.slice(from, from + perRecord)));
    afterRecord?.(Math.min(events.length, from + perRecord));
  }
}

/** Deletes every event after `position` (the record that straddles it keeps its first part). */
export function truncateAfter(db: EventfoldDb, position: number): Promise<void> {
  return db.transaction('rw', db.eventBatches, async () => {
    if (position <= 0) {
      await db.eventBatches.clear();
      return;
    }
    const straddling = await db.eventBatches.where('from').belowOrEqual(position).last();
    await db.eventBatches.where('from').above(position).delete();
    if (straddling && straddling.to > position) {
      const kept = straddling.events.filter((event) => event.position <= position);
      await db.eventBatches.put(batchRow(kept));
    }
  });
}

/** Up to `limit` events from `fromPosition` on, in position order. */
export async function readEvents(
  db: EventfoldDb,
  fromPosition: number,
  limit: number,
): Promise<StoredEvent[]> {
  const from = Math.max(1, Math.floor(fromPosition));
  if (limit <= 0) return [];
  const last = from + limit - 1;
  // The record holding `from` starts at or before it; the last one needed starts at or before `last`.
  const [startKey] = await db.eventBatches
    .where('from')
    .belowOrEqual(from)
    .reverse()
    .limit(1)
    .primaryKeys();
  const rows = await db.eventBatches
    .where('from')
    .between(startKey ?? from, last, true, true)
    .toArray();
  return eventsBetween(rows, from, last);
}

/** A stream's events in position order (which is its version order). */
export async function readStreamEvents(db: EventfoldDb, streamId: string): Promise<StoredEvent[]> {
  const rows = await db.eventBatches.where('streams').equals(streamId).sortBy('from');
  return rows.flatMap((row) => row.events.filter((event) => event.streamId === streamId));
}

/** A correlation's events in position order. */
export async function readCorrelationEvents(
  db: EventfoldDb,
  correlationId: string,
): Promise<StoredEvent[]> {
  const rows = await db.eventBatches.where('correlations').equals(correlationId).sortBy('from');
  return rows.flatMap((row) => row.events.filter((event) => event.correlationId === correlationId));
}

/** Every stored event in position order (an imported log, tests). */
export async function readAllEvents(db: EventfoldDb): Promise<StoredEvent[]> {
  const rows = await db.eventBatches.orderBy('from').toArray();
  return rows.flatMap((row) => row.events);
}

function eventsBetween(
  rows: readonly { events: readonly StoredEvent[] }[],
  from: number,
  last: number,
) {
  const out: StoredEvent[] = [];
  for (const row of rows) {
    for (const event of row.events) {
      if (event.position >= from && event.position <= last) out.push(event);
    }
  }
  return out;
}
