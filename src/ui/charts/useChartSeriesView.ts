import { useSyncExternalStore } from 'react';
import type { ChartSeriesView } from '../../state/charts/chart-series-store';
import { useEventfoldStore } from '../../state/store';

/** The chart series, re-read on each change notice (a few per second at most). */
export function useChartSeriesView(): ChartSeriesView {
  const series = useEventfoldStore((state) => state.chartSeries);
  return useSyncExternalStore(
    (onChange) => series.subscribe(onChange),
    () => series.view(),
  );
}
