import Dexie from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import { readAllEvents, truncateAfter } from '../../../src/infra/db/event-batches';
import { EventfoldDb } from '../../../src/infra/db/schema';
import { storageMessages } from '../../../src/state/persistence/storage-status';
import { closeAfterTest, uniqueName } from './workspace-fixture';
import { openSession } from './workspace-session';

/** Runs the open example at 5x for `frames` frames and pauses; returns what the page showed. */
async function runAndPause(session: Awaited<ReturnType<typeof openSession>>, frames: number) {
  const { store, tick, persistence } = session;
  store.getState().setSpeed('5');
  store.getState().run();
  tick(frames);
  store.getState().pause();
  tick(2);
  await persistence.flush();
  const state = store.getState();
  return {
    events: state.eventCount,
    timeMs: state.virtualTimeMs,
    steps: state.steps,
    nodeIds: state.nodes.map((node) => node.id),
    durable: state.durablePosition,
  };
}

describe('given a run of the example saved in IndexedDB', () => {
  it('when the page reloads, then the canvas is back and the engine is paused at the saved time with as many events as are stored', async () => {
    const name = uniqueName('reload');
    const first = await openSession(name);
    const before = await runAndPause(first, 40);
    expect(before.events).toBeGreaterThan(100);
    expect(before.durable).toBe(before.events);
    first.close();
    // The page closed before its last 30 events were written.
    const db = new EventfoldDb(name);
    await truncateAfter(db, before.events - 30);
    db.close();

    const second = await openSession(name);
    const state = second.store.getState();
    expect(state.nodes.map((node) => node.id)).toEqual(before.nodeIds);
    expect(state.status).toBe('paused');
    expect(state.virtualTimeMs).toBe(before.timeMs);
    expect(state.steps).toBe(before.steps);
    expect(state.eventCount).toBe(before.events);
    const archive = second.persistence.storage()?.archive;
    await archive?.whenIdle();
    expect(await archive?.count()).toBe(before.events);
    expect(second.store.getState().durablePosition).toBe(before.events);
    expect(second.store.getState().storageStatus.kind).toBe('ok');
  });

  it('when the bottom panel was resized and another tab chosen, then a reload brings both back', async () => {
    const name = uniqueName('layout');
    const first = await openSession(name);
    first.store.getState().setActiveTab('charts');
    first.store.getState().setBottomPanelShare(0.55);
    await first.persistence.flush();
    first.close();

    const second = await openSession(name);
    expect(second.store.getState().activeTab).toBe('charts');
    expect(second.store.getState().bottomPanelShare).toBe(0.55);
  });

  it('when the restored run goes on, then it is stored on from where it was', async () => {
    const name = uniqueName('continue');
    const first = await openSession(name);
    const before = await runAndPause(first, 20);
    first.close();

    const second = await openSession(name);
    const after = await runAndPause(second, 20);
    // It went on from the saved position, not from t = 0.
    expect(after.timeMs).toBeGreaterThan(before.timeMs * 1.5);
    expect(after.events).toBeGreaterThan(before.events);
    const archive = second.persistence.storage()?.archive;
    const stored = archive ? await readAllEvents(archive.db) : [];
    expect(stored.map((event) => event.position)).toEqual(
      Array.from({ length: after.events }, (_, index) => index + 1),
    );
    expect(after.durable).toBe(after.events);
  });

  it('when the saved workspace is damaged, then the example opens and a notice says the save was ignored', async () => {
    const name = uniqueName('damaged');
    const db = new EventfoldDb(name);
    await db.workspace.put({ key: 'current', value: { version: 1, scenario: 'nonsense' } });
    db.close();

    const session = await openSession(name);
    const state = session.store.getState();
    expect(state.scenarioMeta.name).toBe('Order saga');
    const notice = state.notices.find((shown) => shown.key === 'workspace');
    expect(notice?.text).toMatch(/saved workspace was not restored because it is damaged/);
  });
});

describe('given browser storage that cannot be opened (private mode)', () => {
  it('when the app opens, then it runs without saving and says so', async () => {
    const open = vi.spyOn(Dexie.dependencies.indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('A mutation operation was attempted', 'InvalidStateError');
    });
    closeAfterTest(() => open.mockRestore());

    const session = await openSession(uniqueName('unavailable'));
    expect(await session.persistence.ready).toBe(false);
    const state = session.store.getState();
    expect(state.storageStatus).toEqual({
      kind: 'unavailable',
      message: storageMessages.unavailable,
    });
    expect(state.scenarioMeta.name).toBe('Order saga');
    open.mockRestore();
    session.store.getState().run();
    session.tick(10);
    expect(session.store.getState().eventCount).toBeGreaterThan(0);
  });
});
