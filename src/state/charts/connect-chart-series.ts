import type { StoreApi } from 'zustand';
import type { EventfoldState } from '../eventfold-state';
import type { ChartSeriesStore } from './chart-series-store';

/**
 * Feeds `series` its operations from the store for the app's lifetime: the live metrics as they
 * change, started over on a new run or a new event stream (the order statistics come from the
 * LogFollower). Returns the unsubscribe.
 */
export function connectChartSeries(
  series: ChartSeriesStore,
  store: Pick<StoreApi<EventfoldState>, 'subscribe' | 'getState'>,
): () => void {
  const follow = (state: EventfoldState, previous: EventfoldState | null) => {
    // A new buffer is a new event stream: the history of the old one cannot continue.
    if (previous !== null && state.recentEvents !== previous.recentEvents) series.clearOperations();
    if (state.runId > 0) series.ensureRun(state.runId);
    series.observeMetrics(state.virtualTimeMs, state.metricsById);
  };
  follow(store.getState(), null);
  return store.subscribe((state, previous) => {
    if (
      state.recentEvents !== previous.recentEvents ||
      state.runId !== previous.runId ||
      state.metricsById !== previous.metricsById ||
      state.virtualTimeMs !== previous.virtualTimeMs
    ) {
      follow(state, previous);
    }
  });
}
