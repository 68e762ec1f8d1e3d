import Dexie from 'dexie';
import type { EventEnvelope, StoredEvent } from '../../../src/core/messages/event';
import { EventfoldDb } from '../../../src/infra/db/schema';
import { DexieEventStore } from '../../../src/infra/store/dexie-event-store';
import type { LogEntry } from './log-checker';

let opened = 0;

/** A database name no other test uses (fake-indexeddb is shared by the whole file). */
export function uniqueDbName(label: string): string {
  opened += 1;
  return `eventfold-reliability-${label}-${opened}`;
}

/** A Dexie store on a fresh fake-indexeddb database, with the database handle and a disposer. */
export async function openDexieStore(label: string, options: { maxGroupEvents?: number } = {}) {
  const name = uniqueDbName(label);
  const db = new EventfoldDb(name);
  const store = await DexieEventStore.open({ db, ...options });
  return {
    name,
    db,
    store,
    /** A second connection to the same database: another writer with its own cache. */
    openAnother: () => DexieEventStore.open({ name, ...options }),
    dispose: async () => {
      store.close();
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

/** Just the place of a stored event (what the log checker compares). */
export function placeOf(event: StoredEvent): LogEntry {
  return {
    id: event.id,
    streamId: event.streamId,
    streamVersion: event.streamVersion,
    position: event.position,
  };
}

/** Every stored row, read straight from the table (not through the store under test). */
export async function storedRows(db: EventfoldDb): Promise<StoredEvent[]> {
  return db.events.orderBy('position').toArray();
}

/** Problems with the rows as stored: duplicate [stream, version] or a position gap. */
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
