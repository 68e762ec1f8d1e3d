// @vitest-environment jsdom
import '../setup/component.setup';
import { afterEach, describe, expect, it } from 'vitest';
import { connectEngine } from '../../src/app/engine-bridge';
import { type CoalescedFrame, SnapshotCoalescer } from '../../src/app/snapshot-coalescer';
import type { HostSnapshot } from '../../src/sim/host/engine-host';
import { InlineEngineHost } from '../../src/sim/host/inline-engine-host';
import { RecentEvents } from '../../src/state/live/recent-events';
import { useEventfoldStore } from '../../src/state/store';
import { FakeTicker } from '../unit/sim/host/fake-ticker';
import { readExampleFromDisk } from './run-harness';

let cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups) cleanup();
  cleanups = [];
});

/** A fresh store wired to an inline engine with the example loaded, and fake frames. */
async function wiredStore(options: { screenWindowEvents?: number } = {}) {
  useEventfoldStore.setState(useEventfoldStore.getInitialState(), true);
  useEventfoldStore.setState({ recentEvents: new RecentEvents(500) });
  const ticker = new FakeTicker();
  const frames = new FakeTicker();
  const host = new InlineEngineHost(ticker);
  const published: HostSnapshot[] = [];
  host.subscribe((snapshot) => published.push(snapshot));
  const disconnect = connectEngine(host, useEventfoldStore, frames, options);
  cleanups.push(disconnect, () => host.dispose());
  const example = await readExampleFromDisk();
  if (!example.ok) throw new Error(example.errors.join('; '));
  useEventfoldStore.getState().openScenario(example.scenario);
  return { host, ticker, frames, published };
}

function fakeSnapshot(
  runId: number,
  events: number,
  newEvents: number,
  running = false,
): HostSnapshot {
  return {
    runId,
    running,
    events,
    newEvents: {
      fromPosition: events - newEvents + 1,
      toPosition: events,
      events: Array(newEvents),
    },
  } as unknown as HostSnapshot;
}

/** A coalescer that delivers a running snapshot at most every 50 ms, with what it delivered. */
function coalescerEvery50Ms() {
  const frames = new FakeTicker();
  const delivered: CoalescedFrame[] = [];
  const coalescer = new SnapshotCoalescer(frames, (frame) => delivered.push(frame), {
    minRunningIntervalMs: 50,
  });
  return { frames, delivered, coalescer };
}

describe('given a coalescer between the engine and the store', () => {
  it('when many snapshots arrive before a frame, then the frame delivers only the newest with the events counted', () => {
    const frames = new FakeTicker();
    const delivered: CoalescedFrame[] = [];
    const coalescer = new SnapshotCoalescer(frames, (frame) => delivered.push(frame));

    coalescer.push(fakeSnapshot(1, 2, 2));
    coalescer.push(fakeSnapshot(1, 5, 3));
    coalescer.push(fakeSnapshot(1, 9, 4));
    expect(frames.waiting).toBe(1);
    expect(delivered).toHaveLength(0);

    frames.tick(16);
    expect(delivered).toHaveLength(1);
    expect(delivered[0]?.snapshot.events).toBe(9);
    expect(delivered[0]?.newEventCount).toBe(9);

    coalescer.push(fakeSnapshot(1, 10, 1));
    coalescer.push(fakeSnapshot(2, 3, 3)); // a reset: the earlier run's events do not count
    frames.tick(32);
    expect(delivered.at(-1)?.newEventCount).toBe(3);
    expect(frames.waiting).toBe(0);
  });

  it('when a run goes on with a 50 ms interval, then frames inside it deliver nothing and the next one delivers the newest with every event counted', () => {
    const { frames, delivered, coalescer } = coalescerEvery50Ms();

    coalescer.push(fakeSnapshot(1, 4, 4, true));
    frames.tick(100);
    expect(delivered.map((frame) => frame.snapshot.events)).toEqual([4]);

    coalescer.push(fakeSnapshot(1, 6, 2, true));
    frames.tick(116);
    coalescer.push(fakeSnapshot(1, 9, 3, true));
    frames.tick(133);
    expect(delivered).toHaveLength(1);
    expect(frames.waiting).toBe(1); // still waiting for its turn, not dropped

    frames.tick(150);
    expect(delivered.map((frame) => frame.snapshot.events)).toEqual([4, 9]);
    expect(delivered.at(-1)?.newEventCount).toBe(5);
  });

  it('when the run pauses inside the interval, then the paused snapshot is delivered on the next frame', () => {
    const { frames, delivered, coalescer } = coalescerEvery50Ms();

    coalescer.push(fakeSnapshot(1, 4, 4, true));
    frames.tick(100);
    coalescer.push(fakeSnapshot(1, 7, 3, false));
    frames.tick(116);
    expect(delivered.map((frame) => [frame.snapshot.events, frame.snapshot.running])).toEqual([
      [4, true],
      [7, false],
    ]);
  });

  it('when the engine publishes 50 snapshots within one frame, then the store updates once, with the newest', async () => {
    const { ticker, frames, published } = await wiredStore();
    useEventfoldStore.getState().run();
    for (let tick = 1; tick <= 50; tick += 1) ticker.tick(tick * 16);
    const newest = published.at(-1) as HostSnapshot;
    expect(newest.events).toBeGreaterThan(0);

    let updates = 0;
    const unsubscribe = useEventfoldStore.subscribe(() => {
      updates += 1;
    });
    cleanups.push(unsubscribe);
    expect(updates).toBe(0);

    frames.tick(800);
    expect(updates).toBe(1);
    const state = useEventfoldStore.getState();
    expect(state.eventCount).toBe(newest.events);
    expect(state.virtualTimeMs).toBe(newest.time);
    expect(state.status).toBe('running');
    // Every event reached the recent-events buffer, though only one snapshot reached the store.
    const recent = state.recentEvents.list();
    expect(recent).toHaveLength(Math.min(500, newest.events));
    expect(recent.at(-1)?.position).toBe(newest.events);
  });

  it('when frames pass while running, then events per second come from the wall-clock window', async () => {
    const { ticker, frames } = await wiredStore();
    useEventfoldStore.getState().setSpeed('1');
    useEventfoldStore.getState().run();
    for (let frame = 1; frame <= 120; frame += 1) {
      ticker.tick(frame * 16);
      frames.tick(frame * 16);
    }
    const { eventsPerSecond, eventCount, virtualTimeMs } = useEventfoldStore.getState();
    // At 1x, a wall second is a virtual second: the rate matches the run's average closely.
    const average = eventCount / (virtualTimeMs / 1000);
    expect(eventsPerSecond).toBeGreaterThan(average * 0.5);
    expect(eventsPerSecond).toBeLessThan(average * 2);

    useEventfoldStore.getState().pause();
    ticker.tick(2000);
    frames.tick(2000);
    expect(useEventfoldStore.getState().eventsPerSecond).toBe(0);
  });

  it('when the page draws no frame, then the engine stops one screen window ahead, and a drawn frame lets it go on', async () => {
    const { ticker, frames, published } = await wiredStore({ screenWindowEvents: 100 });
    useEventfoldStore.getState().setSpeed('100');
    useEventfoldStore.getState().run();
    for (let tick = 1; tick <= 40; tick += 1) ticker.tick(tick * 16);
    const held = published.at(-1) as HostSnapshot;
    expect(held.events).toBeGreaterThanOrEqual(100);
    for (let tick = 41; tick <= 60; tick += 1) ticker.tick(tick * 16);
    expect((published.at(-1) as HostSnapshot).events).toBe(held.events);
    expect(published.at(-1)?.heldByScreen).toBe(true);

    frames.tick(1_000);
    expect(useEventfoldStore.getState().eventCount).toBe(held.events);
    for (let tick = 61; tick <= 70; tick += 1) ticker.tick(tick * 16);
    expect((published.at(-1) as HostSnapshot).events).toBeGreaterThan(held.events);
  });
});
