import Dexie from 'dexie';
import { afterEach } from 'vitest';
import type { EventEnvelope } from '../../../src/core/messages/event';
import { EventfoldDb } from '../../../src/infra/db/schema';
import { DexieEventStore } from '../../../src/infra/store/dexie-event-store';

let counter = 0;
const opened: Array<{ store: DexieEventStore; name: string }> = [];

/** A unique database name per test, deleted after it. */
export function uniqueDbName(label: string): string {
  counter += 1;
  return `eventfold-unit-${label}-${counter}`;
}

/** Opens a store on a fresh database; closed and deleted after the test. */
export async function openStore(
  label: string,
  name = uniqueDbName(label),
): Promise<DexieEventStore> {
  const store = await DexieEventStore.open({ db: new EventfoldDb(name) });
  opened.push({ store, name });
  return store;
}

afterEach(async () => {
  const toDelete = new Set<string>();
  for (const { store, name } of opened.splice(0)) {
    store.close();
    toDelete.add(name);
  }
  for (const name of toDelete) await Dexie.delete(name);
});

/** A small envelope with a known id. */
export function envelope(id: string, data: unknown = { id }): EventEnvelope {
  return {
    id,
    type: 'order.placed',
    time: 0,
    schemaVersion: 1,
    source: 'unit-test',
    correlationId: id,
    causationId: null,
    metadata: {},
    data,
  };
}

/** `count` envelopes `${prefix}-1` ... */
export function envelopes(prefix: string, count: number): EventEnvelope[] {
  return Array.from({ length: count }, (_, index) => envelope(`${prefix}-${index + 1}`));
}

/**
 * Counts read-write IndexedDB transactions. Dexie binds `IDBDatabase.prototype.transaction`
 * when a database opens, so the counter must be installed before the store is opened.
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
