import type { SliceCreator } from '../eventfold-state';
import { ChartSeriesStore } from './chart-series-store';

/**
 * The Charts tab's history: one store for the app's lifetime, fed whether or not the tab shows
 * (the composition root connects it: see src/app/connect-log-models.ts).
 */
export interface ChartsSlice {
  chartSeries: ChartSeriesStore;
}

export const createChartsSlice: SliceCreator<ChartsSlice> = () => ({
  chartSeries: new ChartSeriesStore(),
});
