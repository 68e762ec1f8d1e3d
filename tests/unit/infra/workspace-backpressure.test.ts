import { describe, expect, it } from 'vitest';
import { EventfoldDb } from '../../../src/infra/db/schema';
import { uniqueName } from './workspace-fixture';
import { openSession } from './workspace-session';

/** Lets frames pass until `done` holds (IndexedDB answers between them), or fails after `max`. */
async function framesUntil(tick: (count?: number) => void, done: () => boolean, max = 400) {
  for (let frame = 0; frame < max && !done(); frame += 1) {
    tick();
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  if (!done()) throw new Error(`not reached after ${max} frames`);
}

describe('given the example running with saving behind it', () => {
  it('when the run is paused, then the workspace is saved at the paused step at once, not at the next throttled save', async () => {
    const name = uniqueName('pause-save');
    // A throttle no test waits out: only the pause can have saved it.
    const session = await openSession(name, 600_000);
    const { store, tick } = session;
    store.getState().setSpeed('5');
    store.getState().run();
    tick(20);
    // A save while running starts the throttle's interval.
    await session.persistence.flush();
    tick(20);
    store.getState().pause();
    tick(2);
    const steps = store.getState().steps;
    expect(steps).toBeGreaterThan(0);
    const db = new EventfoldDb(name);
    let saved: unknown = null;
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const row = await db.workspace.get('current');
      saved = (row?.value as { run?: { steps?: number } } | undefined)?.run?.steps;
      if (saved === steps) break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    db.close();
    expect(saved).toBe(steps);
  });

  it('when it runs far faster than saving, then it waits a bounded window ahead of the saved log, and goes on as saving catches up', async () => {
    const session = await openSession(uniqueName('backpressure'));
    const { store, tick, host } = session;
    host.limitUnsaved({ events: 300, bytes: 100_000_000 });
    store.getState().setSpeed('10');
    store.getState().run();
    // Frames without a pause for IndexedDB: nothing gets saved, so the run must wait.
    tick(30);
    const held = store.getState();
    expect(held.heldBySaving).toBe(true);
    expect(held.eventCount - held.durablePosition).toBeGreaterThanOrEqual(300);
    // A tick makes half a virtual second (~100 events here): the window is overshot by one tick.
    expect(held.eventCount).toBeLessThan(600);
    tick(10);
    expect(store.getState().eventCount).toBe(held.eventCount);

    // Saving answers: the run goes on, always within a window (plus a tick) of the saved log.
    let widest = 0;
    await framesUntil(tick, () => {
      const state = store.getState();
      widest = Math.max(widest, state.eventCount - state.durablePosition);
      return state.eventCount > held.eventCount + 2_000;
    });
    expect(widest).toBeLessThan(600);
    store.getState().pause();
    tick(2);
    await session.persistence.flush();
    expect(store.getState().durablePosition).toBe(store.getState().eventCount);
  });
});
