import type { StoreApi } from 'zustand';
import { connectChartSeries } from '../state/charts/connect-chart-series';
import type { EventfoldState } from '../state/eventfold-state';

type AppStore = Pick<StoreApi<EventfoldState>, 'subscribe' | 'getState'>;

/**
 * Wires the models derived from the log for the app's lifetime: the one LogFollower feeds the
 * chart statistics, the saga timeline, the invariant checker and the Dead Letter Queues'
 * contents (whether or not their views show), following whichever live buffer and stored log
 * the store holds, and starting over on a new run; the chart operations follow the live metrics. Returns the function that undoes it.
 */
export function connectLogModels(store: AppStore): () => void {
  const { logFollower, chartSeries, sagaTimeline, invariants, deadLetters } = store.getState();
  const detachSinks = [chartSeries.statistics, sagaTimeline, invariants, deadLetters].map((sink) =>
    logFollower.attach(sink),
  );
  const stopCharts = connectChartSeries(chartSeries, store);

  const { recentEvents, logSource, runId } = store.getState();
  let stopFollowing = logFollower.follow(recentEvents, logSource);
  logFollower.noteRun(runId);
  const stopStore = store.subscribe((next, previous) => {
    if (next.recentEvents !== previous.recentEvents || next.logSource !== previous.logSource) {
      stopFollowing();
      stopFollowing = logFollower.follow(next.recentEvents, next.logSource);
    }
    // A Reset with no events yet still starts the models over.
    if (next.runId !== previous.runId) logFollower.noteRun(next.runId);
  });
  return () => {
    stopStore();
    stopFollowing();
    stopCharts();
    for (const detach of detachSinks) detach();
  };
}
