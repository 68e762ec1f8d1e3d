import { describe, expect, it } from 'vitest';
import { startPersistence } from '../../../src/app/persistence/start-persistence';
import { EventfoldDb } from '../../../src/infra/db/schema';
import { InlineEngineHost } from '../../../src/sim/host/inline-engine-host';
import { archiveOnPage } from '../../support/archive-on-page';
import { FakeTicker } from '../sim/host/fake-ticker';
import { closeAfterTest, freshStore, uniqueName } from './workspace-fixture';
import { openSession } from './workspace-session';

async function savedWorkspaces(name: string): Promise<number> {
  const db = new EventfoldDb(name);
  await db.open();
  try {
    return await db.workspace.count();
  } finally {
    db.close();
  }
}

describe('given a first visit (nothing saved)', () => {
  it('when nothing has opened yet after the restore, then no empty workspace is saved (a quick reload would open nothing)', async () => {
    const name = uniqueName('first-visit-empty');
    const store = freshStore();
    const host = new InlineEngineHost(new FakeTicker());
    const persistence = startPersistence({
      store,
      engine: host,
      archive: archiveOnPage(host),
      dbName: name,
      saveIntervalMs: 1,
    });
    closeAfterTest(() => {
      persistence.dispose();
      host.dispose();
    });
    expect(await persistence.restore()).toBe(false);
    store.getState().setSpeed('5');
    await persistence.flush();
    expect(await savedWorkspaces(name)).toBe(0);
  });

  it('when the example opens, then it is saved, and a reload brings it back', async () => {
    const name = uniqueName('first-visit-example');
    const first = await openSession(name);
    await first.persistence.flush();
    const nodeIds = first.store.getState().nodes.map((node) => node.id);
    expect(nodeIds.length).toBe(14);
    expect(await savedWorkspaces(name)).toBe(1);
    first.close();
    const second = await openSession(name);
    expect(second.store.getState().nodes.map((node) => node.id)).toEqual(nodeIds);
  });
});

describe('given a running example whose workspace saves rarely', () => {
  it('when a live fault is applied, then the journal is saved at once, not at the next throttled save', async () => {
    const name = uniqueName('journal-flush');
    const session = await openSession(name, 600_000);
    const { store, tick } = session;
    store.getState().run();
    tick(5);
    const savedJournal = async () => {
      const db = new EventfoldDb(name);
      await db.open();
      try {
        const row = (await db.workspace.toArray())[0] as {
          value?: { run?: { journal?: unknown[] } };
        };
        return row?.value?.run?.journal?.length ?? 0;
      } finally {
        db.close();
      }
    };
    const before = await savedJournal();
    expect(store.getState().setComponentFault('payment', 'failure-rate', 1)).toBeNull();
    tick(2);
    await expect.poll(savedJournal).toBe(before + 1);
  });
});
