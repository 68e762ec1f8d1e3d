import type { SliceCreator } from '../eventfold-state';
import { ChartSeriesStore } from './chart-series-store';
import { connectChartSeries } from './connect-chart-series';

/** The Charts tab's history: one store for the app's lifetime, fed whether or not the tab shows. */
export interface ChartsSlice {
  chartSeries: ChartSeriesStore;
}

export const createChartsSlice: SliceCreator<ChartsSlice> = (_set, _get, store) => {
  const chartSeries = new ChartSeriesStore();
  // The store is still being built here; the connection starts reading it on its first update.
  connectChartSeries(chartSeries, store);
  return { chartSeries };
};
