import Dexie from 'dexie';
import { afterEach } from 'vitest';
import type { StoreApi } from 'zustand';
import type { StoredEvent } from '../../../src/core/messages/event';
import { EventfoldDb } from '../../../src/infra/db/schema';
import { DexieEventArchive } from '../../../src/infra/workspace/dexie-event-archive';
import type { HostSnapshot } from '../../../src/sim/host/engine-host';
import { InlineEngineHost } from '../../../src/sim/host/inline-engine-host';
import { RecentEvents } from '../../../src/state/live/recent-events';
import { createPersistenceSlice } from '../../../src/state/persistence/persistence-slice';
import type { StateWithPersistence } from '../../../src/state/persistence/persistence-store';
import { useEventfoldStore } from '../../../src/state/store';
import { FakeTicker } from '../sim/host/fake-ticker';

let counter = 0;
const names = new Set<string>();
const closers: Array<() => void> = [];

/** A database name used by one test only; deleted after it. */
export function uniqueName(label: string): string {
  counter += 1;
  const name = `eventfold-workspace-${label}-${counter}`;
  names.add(name);
  return name;
}

/** Runs `close` after the test, before its databases are deleted. */
export function closeAfterTest(close: () => void): void {
  closers.push(close);
}

afterEach(async () => {
  for (const close of closers.splice(0)) close();
  for (const name of [...names]) await Dexie.delete(name);
  names.clear();
});

/** An archive on a fresh database, closed after the test. */
export async function openArchive(label: string, maxBatchEvents?: number) {
  const name = uniqueName(label);
  const archive = await DexieEventArchive.open({
    createDb: () => new EventfoldDb(name),
    maxBatchEvents,
  });
  closeAfterTest(() => archive.close());
  const errors: Error[] = [];
  const closed: Error[] = [];
  archive.onError((error) => errors.push(error));
  archive.onClosed((error) => closed.push(error));
  return { archive, name, errors, closed };
}

/** An inline engine on a fake ticker that records every snapshot. */
export function engineHarness() {
  const ticker = new FakeTicker();
  const host = new InlineEngineHost(ticker);
  const snapshots: HostSnapshot[] = [];
  host.subscribe((snapshot) => snapshots.push(snapshot));
  closeAfterTest(() => host.dispose());
  const last = () => snapshots.at(-1) as HostSnapshot;
  /** Every event the engine handed out for run `runId`, in order. */
  const eventsOf = (runId: number): StoredEvent[] =>
    snapshots.filter((s) => s.runId === runId).flatMap((s) => [...s.newEvents.events]);
  /** Runs for `frames` frames of 50 ms wall time, then pauses and reports it. */
  const runFor = (frames: number) => {
    host.run();
    ticker.advanceFrames(frames, 50);
    host.pause();
    ticker.advanceFrames(1, 16);
  };
  return { ticker, host, snapshots, last, eventsOf, runFor };
}

/** What identifies a stored event's place: position, id, stream and version. */
export function places(events: readonly StoredEvent[]) {
  return events.map((e) => [e.position, e.id, e.streamId, e.streamVersion]);
}

/** The app's store, reset, with the persistence slice composed in (as store.ts will do). */
export function freshStore(): StoreApi<StateWithPersistence> {
  const store = useEventfoldStore as unknown as StoreApi<StateWithPersistence>;
  store.setState(useEventfoldStore.getInitialState() as StateWithPersistence, true);
  store.setState({ recentEvents: new RecentEvents() });
  store.setState(createPersistenceSlice(store.setState, store.getState, store));
  return store;
}
