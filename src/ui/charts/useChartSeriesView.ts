import type { ChartSeriesView } from '../../state/charts/chart-series-store';
import { useEventfoldStore } from '../../state/store';
import { useObserved } from '../shared/useObserved';

/** The chart series, re-read on each change notice (a few per second at most). */
export function useChartSeriesView(): ChartSeriesView {
  return useObserved(useEventfoldStore((state) => state.chartSeries));
}
