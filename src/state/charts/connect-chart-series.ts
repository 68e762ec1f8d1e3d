import type { StoreApi } from 'zustand';
import type { EventfoldState } from '../eventfold-state';
import type { RecentEvents } from '../live/recent-events';
import type { ChartSeriesStore } from './chart-series-store';

/**
 * Feeds `series` from the store for the app's lifetime: every batch of live events (from
 * whichever RecentEvents buffer the store holds) and the live metrics as they change. Runs on
 * store updates, so it needs no wiring from the composition root. Returns the unsubscribe.
 */
export function connectChartSeries(
  series: ChartSeriesStore,
  store: Pick<StoreApi<EventfoldState>, 'subscribe' | 'getState'>,
): () => void {
  let buffer: RecentEvents | null = null;
  let stopEvents: (() => void) | null = null;

  const follow = (state: EventfoldState) => {
    if (state.recentEvents !== buffer) {
      stopEvents?.();
      buffer = state.recentEvents;
      // A new buffer is a new event stream: the history of the old one cannot continue.
      series.clear();
      stopEvents = buffer.subscribe((events, runId) =>
        series.addEvents(events, runId, store.getState().logSource),
      );
    }
    if (state.runId > 0) series.ensureRun(state.runId);
    series.observeMetrics(state.virtualTimeMs, state.metricsById);
  };

  const stopStore = store.subscribe((state, previous) => {
    if (
      state.recentEvents !== previous.recentEvents ||
      state.runId !== previous.runId ||
      state.metricsById !== previous.metricsById ||
      state.virtualTimeMs !== previous.virtualTimeMs ||
      buffer === null
    ) {
      follow(state);
    }
  });
  return () => {
    stopStore();
    stopEvents?.();
  };
}
