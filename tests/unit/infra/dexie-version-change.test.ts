import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { EVENTFOLD_DB_VERSION } from '../../../src/infra/db/schema';
import { DatabaseClosedError } from '../../../src/infra/store/storage-errors';
import { envelopes, openStore, uniqueDbName } from './dexie-fixture';

describe('Dexie store when another tab upgrades the database', () => {
  it('given an open store, when a newer schema version opens, then the store closes, says why and lets the upgrade through', async () => {
    const name = uniqueDbName('version-change');
    const store = await openStore('version-change', name);
    await store.append('a', envelopes('a', 2));
    const closedWith: DatabaseClosedError[] = [];
    store.onClosed((error) => closedWith.push(error));
    const subscriptionErrors: unknown[] = [];
    const subscription = store.subscribe({
      onEvent: () => {},
      onError: (e) => subscriptionErrors.push(e),
    });
    await subscription.caughtUp;

    const newerTab = new Dexie(name);
    newerTab.version(EVENTFOLD_DB_VERSION + 1).stores({ events: 'position, &id, type' });
    await newerTab.open();

    expect(closedWith).toHaveLength(1);
    expect(closedWith[0]).toBeInstanceOf(DatabaseClosedError);
    expect(closedWith[0]).toMatchObject({ reason: 'version-change', code: 'database-closed' });
    expect(closedWith[0]?.message).toMatch(/another tab is upgrading.*reload/);
    expect(store.isClosed).toBe(true);
    expect(subscriptionErrors).toEqual([closedWith[0]]);
    await expect(store.append('a', envelopes('late', 1))).rejects.toBeInstanceOf(
      DatabaseClosedError,
    );
    await expect(store.readAll()).rejects.toBeInstanceOf(DatabaseClosedError);
    // The upgrade really happened and kept the data written before it.
    expect(newerTab.verno).toBe(EVENTFOLD_DB_VERSION + 1);
    expect(await newerTab.table('events').count()).toBe(2);
    newerTab.close();
  });

  it('given appends queued but not yet flushed, when the connection closes, then they fail with DatabaseClosedError', async () => {
    const name = uniqueDbName('version-change-queued');
    const store = await openStore('version-change-queued', name);
    const queued = store.append('a', envelopes('q', 1));
    store.close();
    await expect(queued).rejects.toMatchObject({ name: 'DatabaseClosedError', reason: 'closed' });
  });

  it('given an open store, when the browser closes the connection itself, then onClosed reports a lost connection', async () => {
    const store = await openStore('connection-lost');
    const closedWith: DatabaseClosedError[] = [];
    store.onClosed((error) => closedWith.push(error));
    const connection = store.db.backendDB();
    connection.onclose?.call(connection, new Event('close'));
    expect(closedWith.map((e) => e.reason)).toEqual(['connection-lost']);
    expect(closedWith[0]?.message).toMatch(/browser closed the connection.*reload/);
    await expect(store.headPosition()).rejects.toBeInstanceOf(DatabaseClosedError);
  });
});
