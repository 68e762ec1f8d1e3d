import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import type { StoredEvent } from '../../../src/core/messages/event';
import { readAllEvents, readEvents, readStreamEvents } from '../../../src/infra/db/event-batches';
import { EVENTFOLD_DB_VERSION } from '../../../src/infra/db/schema';
import { openDb, storedEvent, uniqueDbName } from './dexie-fixture';

/** Writes `events` the way version 1 stored them: a row per event in `events`, five indexes. */
async function createVersionOne(name: string, events: readonly StoredEvent[]): Promise<void> {
  const old = new Dexie(name);
  old.version(1).stores({
    events: 'position, &id, &[streamId+streamVersion], type, correlationId, time',
    workspace: 'key',
    checkpoints: 'projection',
  });
  await old.table('events').bulkAdd([...events]);
  await old.table('workspace').put({ key: 'scenario', value: { name: 'kept' } });
  old.close();
}

/** `count` events over 7 streams, each stream's versions counting up. */
function versionOneLog(count: number): StoredEvent[] {
  const versions = new Map<string, number>();
  return Array.from({ length: count }, (_, index) => {
    const streamId = `order-${index % 7}`;
    const streamVersion = (versions.get(streamId) ?? 0) + 1;
    versions.set(streamId, streamVersion);
    return storedEvent(index + 1, { streamId, streamVersion });
  });
}

describe('given a database written by version 1 (a row per event)', () => {
  it('when EventfoldDb opens it, then it is at the current version, holds the same events in batch records and no events store', async () => {
    const name = uniqueDbName('migrate');
    const log = versionOneLog(2_500);
    await createVersionOne(name, log);

    const db = await openDb('migrate', name);

    expect(db.verno).toBe(EVENTFOLD_DB_VERSION);
    expect([...db.backendDB().objectStoreNames]).not.toContain('events');
    expect(await readAllEvents(db)).toEqual(log);
    const records = await db.eventBatches.orderBy('from').toArray();
    expect(records.map(({ from, to }) => [from, to])).toEqual([
      [1, 1_000],
      [1_001, 2_000],
      [2_001, 2_500],
    ]);
    // The moved records are indexed like written ones.
    expect(await readStreamEvents(db, 'order-3')).toEqual(
      log.filter((e) => e.streamId === 'order-3'),
    );
    expect(await readEvents(db, 999, 3)).toEqual(log.slice(998, 1_001));
    // The other tables came through untouched.
    expect(await db.workspace.get('scenario')).toEqual({
      key: 'scenario',
      value: { name: 'kept' },
    });
  });

  it('when its log was empty, then the upgrade leaves an empty log', async () => {
    const name = uniqueDbName('migrate-empty');
    await createVersionOne(name, []);
    const db = await openDb('migrate-empty', name);
    expect(db.verno).toBe(EVENTFOLD_DB_VERSION);
    expect(await db.eventBatches.count()).toBe(0);
  });
});
