import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { EventfoldDb } from '../../../src/infra/db/schema';
import { DexieEventStore } from '../../../src/infra/store/dexie-event-store';
import {
  DatabaseOpenError,
  QuotaExceededError,
  StorageFailureError,
  toStorageError,
} from '../../../src/infra/store/storage-errors';
import { envelopes, openStore, uniqueDbName } from './dexie-fixture';

describe('Dexie store storage failures', () => {
  it('given stored events, when bulkAdd hits the quota, then QuotaExceededError says so and the log is intact', async () => {
    const store = await openStore('quota');
    await store.append('a', envelopes('a', 3));
    const before = await store.readAll();
    const durable: number[] = [];
    store.onDurablePositionChange((position) => durable.push(position));
    vi.spyOn(store.db.events, 'bulkAdd').mockRejectedValueOnce(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );

    const error = await store.append('b', envelopes('b', 2)).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(QuotaExceededError);
    expect(error).toMatchObject({ code: 'quota-exceeded' });
    expect((error as Error).message).toMatch(/storage quota is used up.*earlier events are intact/);
    expect(await store.readAll()).toEqual(before);
    expect(store.durablePosition).toBe(3);
    expect(durable).toEqual([]);
    // The next append continues at position 4: no gap was left by the failed one.
    const next = await store.append('b', envelopes('b', 2));
    expect(next.appended.map((e) => e.position)).toEqual([4, 5]);
  });

  it('given IndexedDB refuses to open (private mode), when opening, then DatabaseOpenError explains it', async () => {
    const name = uniqueDbName('open-fails');
    const refusing = {
      open: () => {
        throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
      },
    };
    const db = new EventfoldDb(name, { indexedDB: refusing, IDBKeyRange });
    const error = await DexieEventStore.open({ db }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(DatabaseOpenError);
    expect((error as Error).message).toContain(name);
    expect((error as Error).message).toMatch(/could not be opened.*private mode/);
  });

  it('when Dexie or IndexedDB errors are mapped, then quota is recognised however it is wrapped', () => {
    const quota = new DOMException('full', 'QuotaExceededError');
    expect(toStorageError('db', quota)).toBeInstanceOf(QuotaExceededError);
    expect(toStorageError('db', new Dexie.QuotaExceededError('full'))).toBeInstanceOf(
      QuotaExceededError,
    );
    expect(toStorageError('db', new Dexie.AbortError('aborted', quota))).toBeInstanceOf(
      QuotaExceededError,
    );
    expect(toStorageError('db', new Dexie.BulkError('bulk', { 0: quota }))).toBeInstanceOf(
      QuotaExceededError,
    );
    const other = toStorageError('db', new Dexie.UnknownError('disk on fire'));
    expect(other).toBeInstanceOf(StorageFailureError);
    expect(other.message).toContain('disk on fire');
  });
});
