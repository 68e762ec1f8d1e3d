import type { StoreApi } from 'zustand';
import type { EngineHost, Ticker } from '../sim/host/engine-host';
import type { EventfoldState } from '../state/eventfold-state';
import { ThroughputTracker } from '../state/live/throughput-tracker';
import { toSimSpeed } from '../state/run/speeds';
import { type CoalescerOptions, SnapshotCoalescer } from './snapshot-coalescer';

/**
 * Attaches `host` to the store and feeds its snapshots in: every batch of new events goes to
 * the recent-events buffer as it arrives, while progress and metrics reach the store at most
 * once per frame. Returns the function that detaches it again.
 */
export function connectEngine(
  host: EngineHost,
  store: StoreApi<EventfoldState>,
  frames: Ticker,
  options: CoalescerOptions = {},
): () => void {
  const tracker = new ThroughputTracker();
  const coalescer = new SnapshotCoalescer(
    frames,
    ({ snapshot, wallMs }) => {
      const { eventsPerSecond, rates } = tracker.observe(snapshot, wallMs);
      store.getState().applySnapshotFrame({ snapshot, eventsPerSecond, rates });
    },
    options,
  );
  const unsubscribe = host.subscribe((snapshot) => {
    store.getState().recentEvents.push(snapshot.runId, snapshot.newEvents.events);
    coalescer.push(snapshot);
  });
  store.getState().attachEngine(host);
  host.setSpeed(toSimSpeed(store.getState().speed));
  return () => {
    unsubscribe();
    coalescer.dispose();
    if (store.getState().engine === host) store.getState().attachEngine(null);
  };
}
