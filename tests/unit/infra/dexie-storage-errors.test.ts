import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { readAllEvents } from '../../../src/infra/db/event-batches';
import { EventfoldDb } from '../../../src/infra/db/schema';
import {
  DatabaseOpenError,
  QuotaExceededError,
  StorageFailureError,
  toStorageError,
} from '../../../src/infra/store/storage-errors';
import { ArchiveConnection } from '../../../src/infra/workspace/archive-connection';
import { eventsFrom, openConnection, uniqueDbName } from './dexie-fixture';

describe('ArchiveConnection storage failures', () => {
  it('given stored batches, when the next batch is added and its transaction then hits the quota, then QuotaExceededError says so and the log is exactly as before', async () => {
    const { connection } = await openConnection('quota');
    await connection.append(eventsFrom(1, 3));
    await connection.append(eventsFrom(4, 2));
    const before = await readAllEvents(connection.db);
    // A browser reports the quota when the transaction commits, after its record was added:
    // the record goes in, then the transaction fails, and it must take the record with it.
    const add = connection.db.eventBatches.add.bind(connection.db.eventBatches);
    vi.spyOn(connection.db.eventBatches, 'add').mockImplementationOnce((row) =>
      add(row).then(() => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }),
    );

    const error = await connection.append(eventsFrom(6, 4)).catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(QuotaExceededError);
    expect(error).toMatchObject({ code: 'quota-exceeded' });
    expect((error as Error).message).toMatch(/storage quota is used up.*earlier events are intact/);
    expect(await readAllEvents(connection.db)).toEqual(before);
    expect(await connection.head()).toBe(5);
    // The same batch, retried, continues at position 6: the failed one left no gap.
    await connection.append(eventsFrom(6, 4));
    expect((await readAllEvents(connection.db)).map((e) => e.position)).toEqual(
      Array.from({ length: 9 }, (_, index) => index + 1),
    );
  });

  it('given IndexedDB refuses to open (private mode), when opening, then DatabaseOpenError explains it', async () => {
    const name = uniqueDbName('open-fails');
    const refusing = {
      open: () => {
        throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
      },
    };
    const db = new EventfoldDb(name, { indexedDB: refusing, IDBKeyRange });
    const error = await ArchiveConnection.open(db, () => {}).catch((caught: unknown) => caught);
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
