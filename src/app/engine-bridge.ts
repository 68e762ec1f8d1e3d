import type { StoreApi } from 'zustand';
import type { EngineHost, Ticker } from '../sim/host/engine-host';
import type { EventfoldState } from '../state/eventfold-state';
import { ThroughputTracker } from '../state/live/throughput-tracker';
import { toSimSpeed } from '../state/run/speeds';
import { type CoalescerOptions, SnapshotCoalescer } from './snapshot-coalescer';

export interface ConnectOptions extends CoalescerOptions {
  /**
   * The engine runs at most this many events ahead of the last frame the page drew (see
   * EngineHost.limitUnshown); absent: no limit (tests that bring their own frames).
   */
  readonly screenWindowEvents?: number;
}

/**
 * Attaches `host` to the store and feeds its snapshots in: every batch of new events goes to
 * the recent-events buffer as it arrives, while progress and metrics reach the store at most
 * once per frame, and each frame tells the engine how far the page has drawn. Returns the
 * function that detaches it again.
 */
export function connectEngine(
  host: EngineHost,
  store: StoreApi<EventfoldState>,
  frames: Ticker,
  options: ConnectOptions = {},
): () => void {
  const tracker = new ThroughputTracker();
  const coalescer = new SnapshotCoalescer(
    frames,
    ({ snapshot, wallMs }) => {
      const { eventsPerSecond, rates } = tracker.observe(snapshot, wallMs);
      store.getState().applySnapshotFrame({ snapshot, eventsPerSecond, rates });
      host.acknowledgeShown(snapshot.runId, snapshot.newEvents.toPosition);
    },
    options,
  );
  const unsubscribe = host.subscribe((snapshot) => {
    const { recentEvents, chartSeries } = store.getState();
    recentEvents.push(snapshot.runId, snapshot.newEvents.events);
    // A restored run's history rides in one snapshot only: taken here, before frames coalesce.
    if (snapshot.metricsHistory) chartSeries.recordHistory(snapshot.runId, snapshot.metricsHistory);
    coalescer.push(snapshot);
  });
  store.getState().attachEngine(host);
  host.setSpeed(toSimSpeed(store.getState().speed));
  host.limitUnshown(options.screenWindowEvents ?? null);
  return () => {
    unsubscribe();
    coalescer.dispose();
    host.limitUnshown(null);
    if (store.getState().engine === host) store.getState().attachEngine(null);
  };
}
