import Dexie from 'dexie';
import type { EventEnvelope, StoredEvent } from '../../../src/core/messages/event';
import { EventfoldDb } from '../../../src/infra/db/schema';
import { ArchiveConnection } from '../../../src/infra/workspace/archive-connection';
import type { LogEntry } from './log-checker';

let opened = 0;

/** A database name no other test uses (fake-indexeddb is shared by the whole file). */
export function uniqueDbName(label: string): string {
  opened += 1;
  return `eventfold-reliability-${label}-${opened}`;
}

/** An ArchiveConnection on a fresh fake-indexeddb database, with the database handle and a disposer. */
export async function openLogConnection(label: string) {
  const name = uniqueDbName(label);
  const connection = await ArchiveConnection.open(new EventfoldDb(name), () => {});
  return {
    name,
    db: connection.db,
    connection,
    dispose: async () => {
      connection.close();
      await Dexie.delete(name);
    },
  };
}

/** A small envelope with a known id. */
export function envelope(id: string, data: unknown = { id }): EventEnvelope {
  return {
    id,
    type: 'order.placed',
    time: 0,
    schemaVersion: 1,
    source: 'reliability',
    correlationId: id,
    causationId: null,
    metadata: {},
    data,
  };
}

/** `count` envelopes with ids `${prefix}-0` .. `${prefix}-(count-1)`. */
export function envelopes(prefix: string, count: number): EventEnvelope[] {
  return Array.from({ length: count }, (_, index) => envelope(`${prefix}-${index}`));
}

/** `count` events placed from `from` on (ids `${prefix}-0`..), each in its own stream. */
export function placedEvents(prefix: string, from: number, count: number): StoredEvent[] {
  return envelopes(prefix, count).map((event, index) => ({
    ...event,
    streamId: event.id,
    streamVersion: 1,
    position: from + index,
  }));
}

/** Just the place of a stored event (what the log checker compares). */
export function placeOf(event: StoredEvent): LogEntry {
  return {
    id: event.id,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    position: event.position,
  };
}

/** Every stored event, read straight from the records (not through the reads under test). */
export async function storedRows(db: EventfoldDb): Promise<StoredEvent[]> {
  const records = await db.eventBatches.orderBy('from').toArray();
  return records.flatMap((record) => record.events);
}

/** Problems with the events as stored: duplicate [stream, version] or a position gap. */
export function rowProblems(rows: readonly StoredEvent[]): string[] {
  const problems: string[] = [];
  const places = new Set<string>();
  rows.forEach((row, index) => {
    const place = `${row.streamId}@${row.streamVersion}`;
    if (places.has(place)) problems.push(`duplicate [stream, version] ${place}`);
    places.add(place);
    if (row.position !== index + 1) {
      problems.push(`position ${row.position} at index ${index}: not gap-free`);
    }
  });
  return problems;
}
