import type { HostSnapshot } from '../../sim/host/engine-host';
import type { SliceCreator } from '../eventfold-state';
import { hasRunnableScenario, runStatusOf } from '../run/run-status';
import { makeNotice, withNotice } from '../ui/notices-slice';
import { type DerivedRates, type MetricsById, mergeLiveMetrics } from './live-metrics';
import { RecentEvents } from './recent-events';

/** One frame's worth of engine output: the newest snapshot and the rates derived so far. */
export interface SnapshotFrame {
  readonly snapshot: HostSnapshot;
  readonly eventsPerSecond: number;
  readonly rates: ReadonlyMap<string, DerivedRates>;
}

/** The notice key engine errors share, so a repeated error replaces the last one. */
export const engineErrorNoticeKey = 'engine-error';

/** What the running simulation looks like now: per-component metrics and the newest events. */
export interface LiveSlice {
  metricsById: MetricsById;
  /** The newest snapshot's error (a failed command), kept to notice when it changes. */
  engineError: string | null;
  /** The newest events (a bounded buffer outside the reactive state; the object never changes). */
  recentEvents: RecentEvents;
  /** Applies a frame: run progress, metrics and any new engine error, in one store update. */
  applySnapshotFrame: (frame: SnapshotFrame) => void;
}

export const createLiveSlice: SliceCreator<LiveSlice> = (set, get) => ({
  metricsById: {},
  engineError: null,
  recentEvents: new RecentEvents(),
  applySnapshotFrame: ({ snapshot, eventsPerSecond, rates }) => {
    const state = get();
    const newError = snapshot.error !== null && snapshot.error !== state.engineError;
    set({
      status: runStatusOf(snapshot),
      loaded: hasRunnableScenario(snapshot),
      virtualTimeMs: snapshot.time,
      eventCount: snapshot.events,
      steps: snapshot.steps,
      pending: snapshot.pending,
      runId: snapshot.runId,
      eventsPerSecond,
      heldBySaving: snapshot.heldBySaving,
      heldByScreen: snapshot.heldByScreen,
      metricsById: mergeLiveMetrics(state.metricsById, snapshot.components, rates),
      engineError: snapshot.error,
      ...(newError && {
        notices: withNotice(
          state.notices,
          makeNotice(engineErrorNoticeKey, 'error', `Engine: ${snapshot.error}`),
        ),
      }),
    });
  },
});
