import Dexie from 'dexie';
import { afterEach } from 'vitest';
import type { StoredEvent } from '../../../src/core/messages/event';
import { EventfoldDb } from '../../../src/infra/db/schema';
import type { DatabaseClosedError } from '../../../src/infra/store/storage-errors';
import { ArchiveConnection } from '../../../src/infra/workspace/archive-connection';

let counter = 0;
const names = new Set<string>();
const closers: Array<() => void> = [];

/** A unique database name per test, deleted after it. */
export function uniqueDbName(label: string): string {
  counter += 1;
  const name = `eventfold-unit-${label}-${counter}`;
  names.add(name);
  return name;
}

/** An opened EventfoldDb (a fresh database unless `name` is given); closed after the test. */
export async function openDb(label: string, name = uniqueDbName(label)): Promise<EventfoldDb> {
  const db = new EventfoldDb(name);
  names.add(name);
  closers.push(() => db.close());
  await db.open();
  return db;
}

/** An ArchiveConnection (one tab's) that records what it was told when it closed. */
export async function openConnection(label: string, name = uniqueDbName(label)) {
  names.add(name);
  const closedWith: DatabaseClosedError[] = [];
  const connection = await ArchiveConnection.open(new EventfoldDb(name), (error) =>
    closedWith.push(error),
  );
  closers.push(() => connection.close());
  return { connection, closedWith, name };
}

afterEach(async () => {
  for (const close of closers.splice(0)) close();
  for (const name of [...names]) await Dexie.delete(name);
  names.clear();
});

/** The event at `position` as the engine would hand it over (its place already assigned). */
export function storedEvent(
  position: number,
  place: {
    streamId?: string;
    streamVersion?: number;
    correlationId?: string;
    writer?: string;
  } = {},
): StoredEvent {
  const id = `${place.writer ?? 'e'}-${position}`;
  return {
    id,
    type: 'order.placed',
    time: position,
    schemaVersion: 1,
    source: 'unit-test',
    correlationId: place.correlationId ?? `flow-${position}`,
    causationId: null,
    metadata: {},
    data: { id },
    streamId: place.streamId ?? `stream-${position}`,
    streamVersion: place.streamVersion ?? 1,
    position,
  };
}

/** `count` consecutive events from `from`, each in its own stream. */
export function eventsFrom(from: number, count: number, writer?: string): StoredEvent[] {
  return Array.from({ length: count }, (_, index) => storedEvent(from + index, { writer }));
}

/**
 * Counts read-write IndexedDB transactions. Dexie binds `IDBDatabase.prototype.transaction`
 * when a database opens, so the counter must be installed before the database is opened.
 */
export function countWriteTransactions(): {
  readonly count: () => number;
  readonly restore: () => void;
} {
  const original = IDBDatabase.prototype.transaction;
  let count = 0;
  IDBDatabase.prototype.transaction = function (
    this: IDBDatabase,
    ...args: Parameters<IDBDatabase['transaction']>
  ) {
    if (args[1] === 'readwrite') count += 1;
    return original.apply(this, args);
  } as IDBDatabase['transaction'];
  return {
    count: () => count,
    restore: () => {
      IDBDatabase.prototype.transaction = original;
    },
  };
}
