import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { EVENTFOLD_DB_VERSION, type EventBatchRow } from '../../../src/infra/db/schema';
import { DatabaseClosedError } from '../../../src/infra/store/storage-errors';
import { eventsFrom, openConnection } from './dexie-fixture';

/** Another tab opening the database at a newer schema version (its upgrade needs us gone). */
async function upgradeFromAnotherTab(name: string): Promise<Dexie> {
  const newerTab = new Dexie(name);
  newerTab.version(EVENTFOLD_DB_VERSION + 1).stores({
    eventBatches: 'from, *streams, *correlations',
    workspace: 'key',
    checkpoints: 'projection',
  });
  await newerTab.open();
  return newerTab;
}

describe('ArchiveConnection when another tab upgrades the database', () => {
  it('given an open connection, when a newer schema version opens, then it closes, says why once and lets the upgrade through', async () => {
    const { connection, closedWith, name } = await openConnection('version-change');
    await connection.append(eventsFrom(1, 2));

    const newerTab = await upgradeFromAnotherTab(name);
    // Dexie's own close event follows the versionchange: it must not be told a second time.
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(closedWith).toHaveLength(1);
    expect(closedWith[0]).toBeInstanceOf(DatabaseClosedError);
    expect(closedWith[0]).toMatchObject({ reason: 'version-change', code: 'database-closed' });
    expect(closedWith[0]?.message).toMatch(/another tab is upgrading.*reload/);
    // Every later call fails with that same error rather than reopening behind the upgrade.
    await expect(connection.append(eventsFrom(3, 1))).rejects.toBe(closedWith[0]);
    await expect(connection.readEvents(1, 10)).rejects.toBe(closedWith[0]);
    await expect(connection.head()).rejects.toBe(closedWith[0]);
    await expect(connection.truncateAfter(0)).rejects.toBe(closedWith[0]);
    // The upgrade really happened and kept what was written before it.
    expect(newerTab.verno).toBe(EVENTFOLD_DB_VERSION + 1);
    const records = await newerTab.table<EventBatchRow>('eventBatches').toArray();
    expect(records.flatMap((record) => record.events.map((e) => e.position))).toEqual([1, 2]);
    newerTab.close();
  });

  it('given a connection closed on purpose, when it is used, then it fails with DatabaseClosedError "closed" and tells no one', async () => {
    const { connection, closedWith } = await openConnection('closed-on-purpose');
    connection.close();
    await expect(connection.append(eventsFrom(1, 1))).rejects.toMatchObject({
      name: 'DatabaseClosedError',
      reason: 'closed',
    });
    expect(closedWith).toEqual([]);
  });

  it('given an open connection, when the browser closes it, then onClosed reports a lost connection and later calls fail', async () => {
    const { connection, closedWith } = await openConnection('connection-lost');
    const backend = connection.db.backendDB();
    backend.onclose?.call(backend, new Event('close'));
    expect(closedWith.map((e) => e.reason)).toEqual(['connection-lost']);
    expect(closedWith[0]?.message).toMatch(/browser closed the connection.*reload/);
    await expect(connection.head()).rejects.toBeInstanceOf(DatabaseClosedError);
  });
});
